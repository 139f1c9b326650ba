package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;

/**
 * One intervention (NDTMS modality) inside an episode: referred to it, first appointment offered, started, ended with
 * an exit status. Changed only through {@link TreatmentEpisode}; the dates keep the order of {@link EpisodeDates}.
 */
final class Intervention {

    private final UUID id;
    private final String type;
    private final String setting;
    private final UUID deliveredBy;
    private final LocalDate referredOn;
    private @Nullable LocalDate firstOfferedOn;
    private @Nullable LocalDate startedOn;
    private @Nullable LocalDate endedOn;
    private @Nullable String exitStatus;
    private final List<SubIntervention> subInterventions;
    private boolean isNew;
    private boolean changed;

    Intervention(
            UUID id,
            String type,
            String setting,
            UUID deliveredBy,
            LocalDate referredOn,
            @Nullable LocalDate firstOfferedOn,
            @Nullable LocalDate startedOn,
            @Nullable LocalDate endedOn,
            @Nullable String exitStatus,
            List<SubIntervention> subInterventions,
            boolean isNew) {
        this.id = id;
        this.type = type;
        this.setting = setting;
        this.deliveredBy = deliveredBy;
        this.referredOn = referredOn;
        this.firstOfferedOn = firstOfferedOn;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.exitStatus = exitStatus;
        this.subInterventions = new ArrayList<>(subInterventions);
        this.isNew = isNew;
    }

    void offerFirstAppointment(LocalDate on) {
        if (!EpisodeDates.afterInterventionReferral(referredOn, on)) {
            throw new DomainRuleViolation(
                    TreatmentRule.OFFER_BEFORE_REFERRAL,
                    "firstOfferedOn",
                    Messages.text("treatment.firstOfferedOn.offerBeforeReferral", DisplayDate.of(referredOn)));
        }
        firstOfferedOn = on;
        changed = true;
    }

    void start(LocalDate on) {
        if (startedOn != null) {
            throw new DomainRuleViolation(
                    TreatmentRule.ALREADY_STARTED,
                    "startedOn",
                    Messages.text("treatment.startedOn.alreadyStarted", DisplayDate.of(startedOn)));
        }
        if (!EpisodeDates.afterInterventionReferral(referredOn, on)) {
            throw new DomainRuleViolation(
                    TreatmentRule.START_BEFORE_REFERRAL,
                    "startedOn",
                    Messages.text("treatment.startedOn.startBeforeReferral", DisplayDate.of(referredOn)));
        }
        startedOn = on;
        if (firstOfferedOn == null) {
            firstOfferedOn = on;
        }
        changed = true;
    }

    /** Ends it; one that never started can only end as withdrawn (C). */
    void end(LocalDate on, String exit, String withdrawnCode) {
        if (endedOn != null) {
            throw new DomainRuleViolation(
                    TreatmentRule.ALREADY_ENDED,
                    "endedOn",
                    Messages.text("treatment.endedOn.alreadyEnded", DisplayDate.of(endedOn)));
        }
        LocalDate from = startedOn != null ? startedOn : referredOn;
        if (!EpisodeDates.endInOrder(from, on)) {
            throw new DomainRuleViolation(
                    TreatmentRule.END_BEFORE_START,
                    "endedOn",
                    Messages.text(
                            startedOn != null
                                    ? "treatment.endedOn.endBeforeStart"
                                    : "treatment.endedOn.endBeforeReferral",
                            DisplayDate.of(from)));
        }
        if (startedOn == null && !exit.equals(withdrawnCode)) {
            throw new DomainRuleViolation(
                    TreatmentRule.NEVER_STARTED, "exitStatus", Messages.text("treatment.exitStatus.neverStarted"));
        }
        endedOn = on;
        exitStatus = exit;
        changed = true;
    }

    SubIntervention addSub(String subType, LocalDate on) {
        if (!EpisodeDates.subInOrder(startedOn, null, on)) {
            throw new DomainRuleViolation(
                    TreatmentRule.SUB_BEFORE_START,
                    "startedOn",
                    startedOn == null
                            ? Messages.text("treatment.startedOn.subBeforeStart.notStarted")
                            : Messages.text("treatment.startedOn.subBeforeStart", DisplayDate.of(startedOn)));
        }
        if (!EpisodeDates.subInOrder(startedOn, endedOn, on)) {
            throw new DomainRuleViolation(
                    TreatmentRule.SUB_AFTER_END,
                    "startedOn",
                    Messages.text("treatment.startedOn.subAfterEnd", DisplayDate.of(endedOn)));
        }
        SubIntervention sub = new SubIntervention(UUID.randomUUID(), subType, on, true);
        subInterventions.add(sub);
        return sub;
    }

    boolean isOpen() {
        return endedOn == null;
    }

    UUID id() {
        return id;
    }

    String type() {
        return type;
    }

    String setting() {
        return setting;
    }

    UUID deliveredBy() {
        return deliveredBy;
    }

    LocalDate referredOn() {
        return referredOn;
    }

    @Nullable
    LocalDate firstOfferedOn() {
        return firstOfferedOn;
    }

    @Nullable
    LocalDate startedOn() {
        return startedOn;
    }

    @Nullable
    LocalDate endedOn() {
        return endedOn;
    }

    @Nullable
    String exitStatus() {
        return exitStatus;
    }

    List<SubIntervention> subInterventions() {
        return List.copyOf(subInterventions);
    }

    boolean isNew() {
        return isNew;
    }

    boolean changed() {
        return changed;
    }

    /** A typed, dated record under an intervention: a pharmacological stage, a psychosocial or recovery-support type. */
    record SubIntervention(UUID id, String type, LocalDate startedOn, boolean isNew) {}
}
