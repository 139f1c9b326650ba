package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;

/** An episode as its page shows it, labels resolved. */
public record EpisodeView(
        EpisodeId id,
        ClientId clientId,
        OrganisationId providerId,
        String providerName,
        @Nullable UUID referralId,
        UUID journeyId,
        @Nullable EpisodeId transferredFrom,
        LocalDate referredOn,
        LocalDate triagedOn,
        @Nullable LocalDate carePlanStartedOn,
        List<String> substances,
        @Nullable String keyworkerUsername,
        @Nullable String keyworkerName,
        boolean open,
        @Nullable LocalDate dischargedOn,
        @Nullable String dischargeReason,
        @Nullable String dischargeReasonLabel,
        @Nullable OutcomeClass outcomeClass,
        @Nullable String dischargeDestination,
        @Nullable String transferredToName,
        @Nullable EpisodeId rePresentationOf,
        @Nullable LocalDate rePresentedAfterCompletionOn,
        List<InterventionView> interventions,
        int version) {

    public boolean hasOpenInterventions() {
        return interventions.stream().anyMatch(InterventionView::open);
    }

    /** One intervention with its sub-interventions. */
    public record InterventionView(
            UUID id,
            String type,
            String typeLabel,
            String setting,
            String settingLabel,
            UUID deliveredBy,
            String deliveredByName,
            LocalDate referredOn,
            @Nullable LocalDate firstOfferedOn,
            @Nullable LocalDate startedOn,
            @Nullable LocalDate endedOn,
            @Nullable String exitStatus,
            @Nullable String exitStatusLabel,
            List<SubView> subInterventions) {

        public boolean open() {
            return endedOn == null;
        }

        /** Days from referral to start: the NDTMS waiting time. */
        public @Nullable Long waitingDays() {
            return startedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(referredOn, startedOn);
        }
    }

    /** A sub-intervention. */
    public record SubView(String type, String label, LocalDate startedOn) {}
}
