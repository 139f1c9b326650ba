package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One episode for {@link TreatmentImport}, whole and dated: open when {@code dischargedOn} is null. An episode
 * discharged as a transfer (outcome class TRANSFER) is continued by the next episode of the client's list, at
 * another provider, in the same journey. With a {@code referralId} the referral's acceptance has already put the
 * provider in the care team.
 */
public record ImportedEpisode(
        UUID providerId,
        @Nullable UUID referralId,
        LocalDate referredOn,
        LocalDate triagedOn,
        @Nullable LocalDate carePlanStartedOn,
        List<String> substances,
        @Nullable String keyworkerUsername,
        @Nullable String keyworkerName,
        @Nullable LocalDate dischargedOn,
        @Nullable String dischargeReason,
        List<Intervention> interventions) {

    public ImportedEpisode {
        Objects.requireNonNull(providerId, "providerId");
        substances = List.copyOf(substances);
        interventions = List.copyOf(interventions);
    }

    /** An intervention with its dates in NDTMS order (referred, first offered, started, ended with exit status). */
    public record Intervention(
            String type,
            String setting,
            UUID deliveredBy,
            LocalDate referredOn,
            @Nullable LocalDate firstOfferedOn,
            @Nullable LocalDate startedOn,
            @Nullable LocalDate endedOn,
            @Nullable String exitStatus,
            List<SubIntervention> subInterventions) {

        public Intervention {
            Objects.requireNonNull(deliveredBy, "deliveredBy");
            subInterventions = List.copyOf(subInterventions);
        }
    }

    /** A sub-intervention of its intervention's type, started on a day of the intervention. */
    public record SubIntervention(String type, LocalDate startedOn) {}
}
