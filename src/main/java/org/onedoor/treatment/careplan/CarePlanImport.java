package org.onedoor.treatment.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.RefusedRow;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care-plan goals in bulk (the demo partnership, migration): a trusted path for administrators like the treatment
 * import. Each goal is written with its reviews and its status history as batched inserts; one audit entry per call.
 * Goals and reviews are held to the rules a worker's are ({@link GoalRules}) before anything is written.
 */
@Service
public class CarePlanImport {

    private final JdbcTemplate jdbc;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final CarePlanStore store;

    CarePlanImport(JdbcTemplate jdbc, AccessLog log, CurrentUsers currentUsers, Clock clock, CarePlanStore store) {
        this.jdbc = jdbc;
        this.store = store;
        this.log = log;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A goal of an episode's care plan, set on a day, with its reviews in date order. */
    public record ImportedGoal(
            UUID episodeId,
            UUID clientId,
            String domain,
            String text,
            LocalDate setOn,
            LocalDate targetDate,
            LocalDate nextReviewDue,
            List<ImportedReview> reviews) {

        public ImportedGoal {
            reviews = List.copyOf(reviews);
        }
    }

    /** A dated review of a goal and the status it left the goal in. */
    public record ImportedReview(
            LocalDate reviewedOn,
            String summary,
            GoalStatus status,
            @Nullable LocalDate nextReviewDue) {}

    /**
     * Writes the goals; returns how many.
     *
     * @throws IllegalArgumentException naming the first goal or review that the rules of {@link GoalRules} refuse
     *                                  (or a review out of date order); nothing is saved then
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public int importGoals(List<ImportedGoal> goals) {
        if (goals.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> domains =
                store.domains(today).stream().map(CarePlanView.Domain::code).collect(Collectors.toSet());
        for (int i = 0; i < goals.size(); i++) {
            check(i, goals.get(i), domains, today);
        }
        OffsetDateTime at = DbTime.now(clock);
        String by = currentUsers.actorName();
        List<Object[]> goalRows = new ArrayList<>();
        List<Object[]> reviewRows = new ArrayList<>();
        List<Object[]> historyRows = new ArrayList<>();
        for (ImportedGoal goal : goals) {
            UUID id = UUID.randomUUID();
            GoalStatus status = GoalStatus.NOT_STARTED;
            historyRows.add(new Object[] {UUID.randomUUID(), id, status.name(), goal.setOn(), null, at, by});
            for (ImportedReview review : goal.reviews()) {
                UUID reviewId = UUID.randomUUID();
                reviewRows.add(new Object[] {
                    reviewId,
                    id,
                    review.reviewedOn(),
                    review.summary(),
                    review.status().name(),
                    review.nextReviewDue(),
                    at,
                    by
                });
                if (review.status() != status) {
                    status = review.status();
                    historyRows.add(
                            new Object[] {UUID.randomUUID(), id, status.name(), review.reviewedOn(), reviewId, at, by});
                }
            }
            goalRows.add(new Object[] {
                id,
                goal.episodeId(),
                goal.clientId(),
                goal.domain(),
                goal.text(),
                goal.targetDate(),
                status.name(),
                goal.setOn(),
                goal.nextReviewDue(),
                at,
                by
            });
        }
        jdbc.batchUpdate("""
                insert into treatment_care_plan_goal (id, episode_id, client_id, domain, goal_text, target_date,
                    status, set_on, next_review_due, version, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """, goalRows);
        jdbc.batchUpdate("""
                insert into treatment_goal_review (id, goal_id, reviewed_on, summary, status, next_review_due,
                    created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, reviewRows);
        jdbc.batchUpdate("""
                insert into treatment_goal_status_history (id, goal_id, status, changed_on, review_id, changed_at,
                    changed_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """, historyRows);
        log.record(new AccessEvent(
                AccessAction.CREATE,
                AuditSubject.of("CLIENT", goals.get(0).clientId()),
                "Bulk import",
                "Bulk import of care plans: " + goals.size() + " goals, " + reviewRows.size() + " reviews"));
        return goals.size();
    }

    /** The goal and each review by the rules a worker's are held to; history may have a target date now past. */
    private static void check(int index, ImportedGoal goal, Set<String> domains, LocalDate today) {
        String row = "Imported care-plan goal " + index;
        try {
            FieldProblems.Collector problems = CarePlans.PROBLEMS.collector();
            GoalRules.goal(problems, domains.contains(goal.domain()) ? goal.domain() : null, goal.text());
            if (goal.setOn() == null) {
                problems.add("setOn", "REQUIRED", Messages.text("carePlan.setOn.required"));
            } else if (goal.setOn().isAfter(today)) {
                problems.add("setOn", "DATE_IN_FUTURE", Messages.text("carePlan.setOn.dateInFuture"));
            }
            if (goal.targetDate() == null) {
                problems.add("targetDate", "REQUIRED", Messages.text("carePlan.targetDate.required"));
            }
            problems.throwIfAny();
        } catch (DomainRuleViolation refused) {
            throw RefusedRow.of(row, refused);
        }
        LocalDate previous = goal.setOn();
        for (int j = 0; j < goal.reviews().size(); j++) {
            ImportedReview r = goal.reviews().get(j);
            try {
                FieldProblems.Collector problems = CarePlans.PROBLEMS.collector();
                GoalRules.review(
                        problems,
                        new GoalReview(r.reviewedOn(), r.summary(), r.status(), r.nextReviewDue(), 0),
                        goal.setOn(),
                        today);
                if (r.reviewedOn() != null && r.reviewedOn().isBefore(previous)) {
                    problems.add("reviewedOn", "REVIEW_ORDER", Messages.text("carePlan.reviewedOn.reviewOrder"));
                }
                problems.throwIfAny();
            } catch (DomainRuleViolation refused) {
                throw RefusedRow.of(row + ", review " + j, refused);
            }
            previous = r.reviewedOn();
        }
    }
}
