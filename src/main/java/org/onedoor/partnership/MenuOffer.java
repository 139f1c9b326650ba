package org.onedoor.partnership;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One offer on a practice's menu, with the labels people read. */
public record MenuOffer(
        UUID id,
        UUID practiceId,
        String odsCode,
        String practiceName,
        String intervention,
        String interventionLabel,
        String substanceGroup,
        String substanceGroupLabel,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable Integer monthlyCapacity) {

    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    public boolean endedBefore(LocalDate date) {
        return effectiveTo != null && effectiveTo.isBefore(date);
    }
}
