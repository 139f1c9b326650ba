package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;

/** A client was discharged: the reason code, its outcome class and, for a transfer, the receiving provider. */
public record EpisodeClosed(
        EpisodeId episodeId,
        ClientId clientId,
        OrganisationId providerId,
        UUID journeyId,
        LocalDate dischargedOn,
        String dischargeReason,
        OutcomeClass outcomeClass,
        @Nullable OrganisationId transferredTo) {}
