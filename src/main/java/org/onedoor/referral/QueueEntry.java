package org.onedoor.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One referral in the SPOC queue, with how long it has waited and whether it breaches the waiting standard. */
public record QueueEntry(
        UUID id,
        String reference,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Channel channel,
        ReferralStatus status,
        boolean urgent,
        Instant receivedAt,
        String mainSubstance,
        @Nullable String gpPracticeName,
        long daysWaiting,
        boolean breach) {

    public String name() {
        return givenName + " " + familyName;
    }
}
