package org.onedoor.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An accepted referral, linked to its client, that no episode has come from yet: what a bulk import needs to open
 * the episode it leads to at the organisation that accepted it.
 */
public record ReferralToTreat(UUID referralId, UUID clientId, UUID organisationId, Instant receivedAt,
                              Instant acceptedAt, @Nullable LocalDate firstOfferedOn,
                              @Nullable LocalDate firstStartedOn, @Nullable String neededIntervention,
                              List<String> substances) {

    public ReferralToTreat {
        substances = List.copyOf(substances);
    }
}
