package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;

/**
 * One period of treatment at one provider (NDTMS episode): referral, triage, care-plan start, interventions,
 * discharge. Every change goes through a method here that keeps the NDTMS date rules (§3.7) of {@link EpisodeDates},
 * shared with the bulk import: triage on or after referral, interventions inside the episode, every intervention
 * closed and ended before discharge, nothing in the future. Loaded and saved whole by {@link EpisodeStore}.
 */
final class TreatmentEpisode {

    private final UUID id;
    private final UUID clientId;
    private final UUID providerId;
    private final @Nullable UUID referralId;
    private final UUID journeyId;
    private final @Nullable UUID transferredFrom;
    private final LocalDate referredOn;
    private final LocalDate triagedOn;
    private @Nullable LocalDate carePlanStartedOn;
    private final List<String> substances;
    private @Nullable String keyworkerUsername;
    private @Nullable String keyworkerName;
    private boolean open;
    private @Nullable LocalDate dischargedOn;
    private @Nullable String dischargeReason;
    private @Nullable String dischargeDestination;
    private @Nullable UUID transferredTo;
    private final @Nullable UUID rePresentationOf;
    private final int version;
    private final List<Intervention> interventions;

    TreatmentEpisode(EpisodeState state, List<Intervention> interventions) {
        this.id = state.id();
        this.clientId = state.clientId();
        this.providerId = state.providerId();
        this.referralId = state.referralId();
        this.journeyId = state.journeyId();
        this.transferredFrom = state.transferredFrom();
        this.referredOn = state.referredOn();
        this.triagedOn = state.triagedOn();
        this.carePlanStartedOn = state.carePlanStartedOn();
        this.substances = List.copyOf(state.substances());
        this.keyworkerUsername = state.keyworkerUsername();
        this.keyworkerName = state.keyworkerName();
        this.open = state.open();
        this.dischargedOn = state.dischargedOn();
        this.dischargeReason = state.dischargeReason();
        this.dischargeDestination = state.dischargeDestination();
        this.transferredTo = state.transferredTo();
        this.rePresentationOf = state.rePresentationOf();
        this.version = state.version();
        this.interventions = new ArrayList<>(interventions);
    }

    /** A new episode, checked: triage on or after referral, care plan on or after triage, nothing in the future. */
    static TreatmentEpisode open(EpisodeState state, LocalDate today) {
        FieldProblems.Collector problems = TreatmentRule.PROBLEMS.collector();
        notFuture(problems, "referredOn", state.referredOn(), today);
        notFuture(problems, "triagedOn", state.triagedOn(), today);
        if (!EpisodeDates.triageInOrder(state.referredOn(), state.triagedOn())) {
            problems.add(
                    "triagedOn",
                    TreatmentRule.TRIAGE_BEFORE_REFERRAL,
                    Messages.text("treatment.triagedOn.triageBeforeReferral", DisplayDate.of(state.referredOn())));
        }
        if (state.carePlanStartedOn() != null) {
            notFuture(problems, "carePlanStartedOn", state.carePlanStartedOn(), today);
            if (!EpisodeDates.carePlanInOrder(state.triagedOn(), state.carePlanStartedOn())) {
                problems.add(
                        "carePlanStartedOn",
                        TreatmentRule.CARE_PLAN_BEFORE_TRIAGE,
                        Messages.text(
                                "treatment.carePlanStartedOn.carePlanBeforeTriage", DisplayDate.of(state.triagedOn())));
            }
        }
        problems.throwIfAny();
        return new TreatmentEpisode(state, List.of());
    }

    void startCarePlan(LocalDate on, LocalDate today) {
        requireOpen();
        requireNotFuture("carePlanStartedOn", on, today);
        if (!EpisodeDates.carePlanInOrder(triagedOn, on)) {
            throw new DomainRuleViolation(
                    TreatmentRule.CARE_PLAN_BEFORE_TRIAGE,
                    "carePlanStartedOn",
                    Messages.text("treatment.carePlanStartedOn.carePlanBeforeTriage", DisplayDate.of(triagedOn)));
        }
        carePlanStartedOn = on;
    }

    /** Names another keyworker while the episode is open. */
    void assignKeyworker(String username, String name) {
        requireOpen();
        keyworkerUsername = username;
        keyworkerName = name;
    }

    @Nullable
    String keyworkerUsername() {
        return keyworkerUsername;
    }

    Intervention refer(String type, String setting, UUID deliveredBy, LocalDate referredToIt, LocalDate today) {
        requireOpen();
        requireNotFuture("referredOn", referredToIt, today);
        if (!EpisodeDates.interventionReferralInOrder(referredOn, referredToIt)) {
            throw new DomainRuleViolation(
                    TreatmentRule.INTERVENTION_REFERRED_BEFORE_EPISODE,
                    "referredOn",
                    Messages.text(
                            "treatment.referredOn.interventionReferredBeforeEpisode", DisplayDate.of(referredOn)));
        }
        Intervention intervention = new Intervention(
                UUID.randomUUID(), type, setting, deliveredBy, referredToIt, null, null, null, null, List.of(), true);
        interventions.add(intervention);
        return intervention;
    }

    void offerFirstAppointment(UUID interventionId, LocalDate on, LocalDate today) {
        requireOpen();
        requireNotFuture("firstOfferedOn", on, today);
        intervention(interventionId).offerFirstAppointment(on);
    }

    void start(UUID interventionId, LocalDate on, LocalDate today) {
        requireOpen();
        requireNotFuture("startedOn", on, today);
        intervention(interventionId).start(on);
    }

    void end(UUID interventionId, LocalDate on, String exitStatus, String withdrawnCode, LocalDate today) {
        requireOpen();
        requireNotFuture("endedOn", on, today);
        intervention(interventionId).end(on, exitStatus, withdrawnCode);
    }

    Intervention.SubIntervention addSub(UUID interventionId, String subType, LocalDate on, LocalDate today) {
        requireOpen();
        requireNotFuture("startedOn", on, today);
        return intervention(interventionId).addSub(subType, on);
    }

    /** Discharges: every intervention ended first, the date on or after the last end and triage, not in the future. */
    void discharge(
            String reason,
            OutcomeClass outcome,
            LocalDate on,
            @Nullable String destination,
            @Nullable UUID transferTo,
            LocalDate today) {
        requireOpen();
        FieldProblems.Collector problems = TreatmentRule.PROBLEMS.collector();
        List<Intervention> stillOpen =
                interventions.stream().filter(Intervention::isOpen).toList();
        if (!stillOpen.isEmpty()) {
            problems.add(
                    "reason",
                    TreatmentRule.OPEN_INTERVENTIONS,
                    Messages.text(
                            stillOpen.size() == 1
                                    ? "treatment.reason.openInterventions.one"
                                    : "treatment.reason.openInterventions",
                            stillOpen.size()));
        }
        notFuture(problems, "dischargedOn", on, today);
        if (!EpisodeDates.dischargeInOrder(triagedOn, on)) {
            problems.add(
                    "dischargedOn",
                    TreatmentRule.DISCHARGE_BEFORE_TRIAGE,
                    Messages.text("treatment.dischargedOn.dischargeBeforeTriage", DisplayDate.of(triagedOn)));
        }
        interventions.stream()
                .map(Intervention::endedOn)
                .filter(Objects::nonNull)
                .filter(end -> !EpisodeDates.byEpisodeEnd(end, on))
                .max(Comparator.naturalOrder())
                .ifPresent(last -> problems.add(
                        "dischargedOn",
                        TreatmentRule.DISCHARGE_BEFORE_LAST_END,
                        Messages.text("treatment.dischargedOn.dischargeBeforeLastEnd", DisplayDate.of(last))));
        if (outcome == OutcomeClass.TRANSFER && (transferTo == null || transferTo.equals(providerId))) {
            problems.add(
                    "transferTo",
                    TreatmentRule.TRANSFER_NEEDS_PROVIDER,
                    Messages.text("treatment.transferTo.transferNeedsProvider"));
        }
        problems.throwIfAny();
        open = false;
        dischargedOn = on;
        dischargeReason = reason;
        dischargeDestination = destination;
        transferredTo = outcome == OutcomeClass.TRANSFER ? transferTo : null;
    }

    private Intervention intervention(UUID interventionId) {
        return interventions.stream()
                .filter(i -> i.id().equals(interventionId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Intervention", interventionId));
    }

    private void requireOpen() {
        if (!open) {
            throw new DomainRuleViolation(
                    TreatmentRule.EPISODE_CLOSED,
                    null,
                    Messages.text("treatment.record.episodeClosed.episodeWasDischarged", DisplayDate.of(dischargedOn)));
        }
    }

    private static void requireNotFuture(String field, LocalDate date, LocalDate today) {
        if (!EpisodeDates.notFuture(date, today)) {
            throw new DomainRuleViolation(
                    TreatmentRule.DATE_IN_FUTURE, field, Messages.text("treatment.date.dateInFuture"));
        }
    }

    private static void notFuture(FieldProblems.Collector problems, String field, LocalDate date, LocalDate today) {
        if (!EpisodeDates.notFuture(date, today)) {
            problems.add(field, TreatmentRule.DATE_IN_FUTURE, Messages.text("treatment.date.dateInFuture"));
        }
    }

    EpisodeState state() {
        return new EpisodeState(
                id,
                clientId,
                providerId,
                referralId,
                journeyId,
                transferredFrom,
                referredOn,
                triagedOn,
                carePlanStartedOn,
                substances,
                keyworkerUsername,
                keyworkerName,
                open,
                dischargedOn,
                dischargeReason,
                dischargeDestination,
                transferredTo,
                rePresentationOf,
                version);
    }

    List<Intervention> interventions() {
        return List.copyOf(interventions);
    }

    UUID id() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    UUID providerId() {
        return providerId;
    }

    @Nullable
    UUID referralId() {
        return referralId;
    }

    boolean hasStartedAnIntervention() {
        return interventions.stream().anyMatch(i -> i.startedOn() != null);
    }
}
