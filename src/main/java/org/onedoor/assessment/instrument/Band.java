package org.onedoor.assessment.instrument;

import java.math.BigDecimal;

/** A band of a score: every value from {@code from} up to the next band's start has this label. */
public record Band(BigDecimal from, String label) {}
