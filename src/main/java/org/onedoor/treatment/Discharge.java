package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A discharge as typed: the NDTMS reason code, the date, where the client went, for a transfer to whom, and why it
 * is recorded late when the date lies further back than the configured days.
 */
public record Discharge(
        @Nullable String reason,
        @Nullable LocalDate dischargedOn,
        @Nullable String destination,
        @Nullable UUID transferTo,
        @Nullable String lateReason) {

    public Discharge(
            @Nullable String reason,
            @Nullable LocalDate dischargedOn,
            @Nullable String destination,
            @Nullable UUID transferTo) {
        this(reason, dischargedOn, destination, transferTo, null);
    }
}
