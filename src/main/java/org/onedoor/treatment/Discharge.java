package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A discharge as typed: the NDTMS reason code, the date, where the client went, and for a transfer, to whom. */
public record Discharge(@Nullable String reason, @Nullable LocalDate dischargedOn, @Nullable String destination,
                        @Nullable UUID transferTo) {
}
