package org.onedoor.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.referral.ReferralId;

/**
 * An accepted referral, linked to its client, that no episode has come from yet: what a bulk import needs to open
 * the episode it leads to at the organisation that accepted it.
 */
public record ReferralToTreat(
        ReferralId referralId,
        ClientId clientId,
        OrganisationId organisationId,
        Instant receivedAt,
        Instant acceptedAt,
        @Nullable LocalDate firstOfferedOn,
        @Nullable LocalDate firstStartedOn,
        @Nullable String neededIntervention,
        List<String> substances) {

    public ReferralToTreat {
        substances = List.copyOf(substances);
    }
}
