package org.onedoor.client;

import java.time.LocalDate;

/** A problem substance, ranked 1 (main) to 3, with the label of its code. */
public record SubstanceEntry(int rank, String code, String label, LocalDate recordedOn) {}
