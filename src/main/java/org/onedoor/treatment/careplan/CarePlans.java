package org.onedoor.treatment.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.client.AccessDecision;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.treatment.EpisodeFacts;
import org.onedoor.treatment.EpisodeManagement;
import org.onedoor.treatment.recording.ClinicalChange;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An episode's care plan: goals across the life domains, their dated reviews and the history of their statuses.
 * Every view and change checks the client's access and is written to the audit trail; reviews show on the client's
 * timeline. The first goal starts the care plan (the episode's care-plan start date) when it has not started.
 */
@Service
public class CarePlans {

    /** Every problem with a care-plan change, thrown together; nothing is saved. */
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("CARE_PLAN_INVALID", "care plan");

    private final EpisodeFacts facts;
    private final CarePlanStore store;
    private final EpisodeManagement episodes;
    private final ClinicalChanges changes;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CarePlans(
            EpisodeFacts facts,
            CarePlanStore store,
            EpisodeManagement episodes,
            ClinicalChanges changes,
            CurrentUsers currentUsers,
            Clock clock) {
        this.facts = facts;
        this.store = store;
        this.episodes = episodes;
        this.changes = changes;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    @Transactional
    public CarePlanView view(UUID episodeId) {
        EpisodeFacts.Facts episode = facts.of(episodeId);
        AccessDecision decision = changes.require(episode.clientId());
        CarePlanView view = new CarePlanView(episode, store.domains(today()), store.goals(episodeId));
        changes.viewed(episode.clientId(), decision, "Care plan");
        return view;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID addGoal(UUID episodeId, NewGoal goal) {
        EpisodeFacts.Facts episode = facts.of(episodeId);
        AccessDecision decision = changes.require(episode.clientId());
        LocalDate today = today();
        requireOpen(episode);
        FieldProblems.Collector problems = PROBLEMS.collector();
        if (episode.carePlanStartedOn() == null && goal.carePlanStartedOn() == null) {
            problems.add("carePlanStartedOn", "REQUIRED", Messages.text("carePlan.carePlanStartedOn.required"));
        }
        String domain = store.domains(today).stream()
                .map(CarePlanView.Domain::code)
                .filter(code -> code.equals(goal.domain()))
                .findFirst()
                .orElse(null);
        String text = GoalRules.goal(problems, domain, goal.text());
        if (goal.targetDate() == null) {
            problems.add("targetDate", "REQUIRED", Messages.text("carePlan.targetDate.required"));
        } else if (goal.targetDate().isBefore(today)) {
            problems.add("targetDate", "DATE_IN_PAST", Messages.text("carePlan.targetDate.dateInPast"));
        }
        if (goal.nextReviewDue() != null && goal.nextReviewDue().isBefore(today)) {
            problems.add("nextReviewDue", "DATE_IN_PAST", Messages.text("carePlan.nextReviewDue.dateInPast"));
        }
        problems.throwIfAny();
        if (episode.carePlanStartedOn() == null) {
            episodes.startCarePlan(episodeId, goal.carePlanStartedOn());
        }
        UUID id = UUID.randomUUID();
        LocalDate reviewDue = goal.nextReviewDue() != null ? goal.nextReviewDue() : goal.targetDate();
        store.insertGoal(id, episode, domain, text, goal.targetDate(), today, reviewDue, username());
        changes.record(ClinicalChange.of(AccessAction.CREATE, episode.clientId(), decision, "Care plan goal added"));
        return id;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void review(UUID episodeId, UUID goalId, GoalReview review) {
        EpisodeFacts.Facts episode = facts.of(episodeId);
        AccessDecision decision = changes.require(episode.clientId());
        requireOpen(episode);
        var goal = store.goal(episodeId, goalId);
        LocalDate today = today();
        FieldProblems.Collector problems = PROBLEMS.collector();
        GoalRules.review(problems, review, goal.getValue(), today);
        problems.throwIfAny();
        LocalDate due = review.nextReviewDue() != null ? review.nextReviewDue() : review.reviewedOn();
        store.review(goalId, review, goal.getKey(), due, username());
        changes.record(ClinicalChange.of(AccessAction.CHANGE, episode.clientId(), decision, "Care plan goal reviewed")
                .onTimeline(new ClinicalChange.TimelineNote(
                        "CARE_PLAN",
                        review.reviewedOn(),
                        "Care plan goal " + "reviewed: "
                                + review.status().label().toLowerCase(),
                        review.summary().strip(),
                        "CARE_PLAN_GOAL",
                        goalId,
                        null)));
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void voidGoal(UUID episodeId, UUID goalId, String reason) {
        EpisodeFacts.Facts episode = facts.of(episodeId);
        AccessDecision decision = changes.require(episode.clientId());
        store.goal(episodeId, goalId);
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("REQUIRED", "reason", Messages.text("carePlan.reason.required"));
        }
        if (reason.strip().length() > 500) {
            throw new DomainRuleViolation("TOO_LONG", "reason", Messages.text("carePlan.reason.tooLong"));
        }
        store.voidGoal(goalId, reason.strip(), username());
        changes.record(ClinicalChange.of(
                AccessAction.VOID, episode.clientId(), decision, "Care plan goal voided: " + reason.strip()));
    }

    private static void requireOpen(EpisodeFacts.Facts episode) {
        if (!episode.open()) {
            throw new DomainRuleViolation("EPISODE_CLOSED", null, Messages.text("carePlan.record.episodeClosed"));
        }
    }

    private String username() {
        return currentUsers.require().username();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
