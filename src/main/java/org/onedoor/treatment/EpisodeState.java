package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The episode row as stored: what {@link EpisodeStore} reads and writes for a {@link TreatmentEpisode}. */
record EpisodeState(
        UUID id,
        UUID clientId,
        UUID providerId,
        @Nullable UUID referralId,
        UUID journeyId,
        @Nullable UUID transferredFrom,
        LocalDate referredOn,
        LocalDate triagedOn,
        @Nullable LocalDate carePlanStartedOn,
        List<String> substances,
        @Nullable String keyworkerUsername,
        @Nullable String keyworkerName,
        boolean open,
        @Nullable LocalDate dischargedOn,
        @Nullable String dischargeReason,
        @Nullable String dischargeDestination,
        @Nullable UUID transferredTo,
        @Nullable UUID rePresentationOf,
        int version) {}
