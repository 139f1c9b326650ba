package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A course as stored: what the rules of a change need. */
record Course(
        UUID id,
        UUID clientId,
        UUID episodeId,
        String medicine,
        BigDecimal doseMg,
        Instalment instalment,
        boolean supervised,
        @Nullable Integer supervisedDays,
        LocalDate startedOn,
        LocalDate lastChangedOn,
        @Nullable LocalDate nextReviewOn,
        @Nullable LocalDate stoppedOn,
        int version) {

    boolean active() {
        return stoppedOn == null;
    }
}
