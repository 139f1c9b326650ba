package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.referral.ReferralId;

/** A client's episode opened at a provider: a new presentation unless it continues a journey by transfer. */
public record EpisodeOpened(
        EpisodeId episodeId,
        ClientId clientId,
        OrganisationId providerId,
        UUID journeyId,
        LocalDate triagedOn,
        @Nullable ReferralId referralId,
        @Nullable EpisodeId transferredFrom) {}
