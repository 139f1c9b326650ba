package org.onedoor.assessment.instrument;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One score of a final record: its value and, when the score is banded, the band it falls in. */
public record Score(
        String id, String label, BigDecimal value, @Nullable String band) {}
