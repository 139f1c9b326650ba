package org.onedoor.treatment.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.EpisodeFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of care plans. */
@Component
class CarePlanStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CarePlanStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<CarePlanView.Domain> domains(LocalDate on) {
        return jdbc.sql("""
                select code, label from treatment_goal_domain
                 where valid_from <= ? and (valid_to is null or valid_to >= ?) order by sort_order
                """)
                .param(on)
                .param(on)
                .query((rs, n) -> new CarePlanView.Domain(rs.getString(1), rs.getString(2)))
                .list();
    }

    void insertGoal(
            UUID id,
            EpisodeFacts.Facts episode,
            String domain,
            String text,
            LocalDate target,
            LocalDate setOn,
            LocalDate reviewDue,
            String by) {
        jdbc.sql("""
                insert into treatment_care_plan_goal (id, episode_id, client_id, domain, goal_text, target_date,
                    status, set_on, next_review_due, version, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, 'NOT_STARTED', ?, ?, 0, ?, ?)
                """)
                .params(id, episode.id().value(), episode.clientId(), domain, text, target, setOn, reviewDue, now(), by)
                .update();
        statusChanged(id, GoalStatus.NOT_STARTED, setOn, null, by);
    }

    /** The goal's status and set-on date, or NotFound when it is not a live goal of the episode. */
    Map.Entry<GoalStatus, LocalDate> goal(UUID episodeId, UUID goalId) {
        return jdbc.sql("""
                select status, set_on from treatment_care_plan_goal
                 where id = ? and episode_id = ? and voided_at is null
                """)
                .param(goalId)
                .param(episodeId)
                .query((rs, n) -> Map.entry(GoalStatus.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)))
                .optional()
                .orElseThrow(() -> new NotFound("Goal", goalId));
    }

    void review(UUID goalId, GoalReview review, GoalStatus before, LocalDate reviewDue, String by) {
        int updated = jdbc.sql("""
                update treatment_care_plan_goal set status = ?, next_review_due = ?, version = version + 1,
                       changed_at = ?, changed_by = ?
                 where id = ? and version = ? and voided_at is null
                """)
                .params(review.status().name(), reviewDue, now(), by, goalId, review.version())
                .update();
        if (updated == 0) {
            throw new DomainRuleViolation("STALE", "summary", Messages.text("carePlan.summary.stale"));
        }
        UUID reviewId = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_goal_review (id, goal_id, reviewed_on, summary, status, next_review_due,
                    created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        reviewId,
                        goalId,
                        review.reviewedOn(),
                        review.summary().strip(),
                        review.status().name(),
                        review.status().active() ? reviewDue : null,
                        now(),
                        by)
                .update();
        if (review.status() != before) {
            statusChanged(goalId, review.status(), review.reviewedOn(), reviewId, by);
        }
    }

    void voidGoal(UUID goalId, String reason, String by) {
        jdbc.sql("""
                update treatment_care_plan_goal set voided_at = ?, voided_by = ?, void_reason = ?, version = version + 1
                 where id = ? and voided_at is null
                """).params(now(), by, reason, goalId).update();
    }

    List<CarePlanView.Goal> goals(UUID episodeId) {
        Map<UUID, List<CarePlanView.Review>> reviews = jdbc
                .sql("""
                select r.goal_id, r.reviewed_on, r.summary, r.status, r.next_review_due, r.created_by
                  from treatment_goal_review r join treatment_care_plan_goal g on g.id = r.goal_id
                 where g.episode_id = ? and r.voided_at is null order by r.reviewed_on, r.created_at
                """)
                .param(episodeId)
                .query((rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class),
                        new CarePlanView.Review(
                                rs.getObject(2, LocalDate.class),
                                rs.getString(3),
                                GoalStatus.valueOf(rs.getString(4)),
                                rs.getObject(5, LocalDate.class),
                                rs.getString(6))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<CarePlanView.StatusChange>> history = jdbc
                .sql("""
                select h.goal_id, h.status, h.changed_on, h.changed_by
                  from treatment_goal_status_history h join treatment_care_plan_goal g on g.id = h.goal_id
                 where g.episode_id = ? order by h.changed_at
                """)
                .param(episodeId)
                .query((rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class),
                        new CarePlanView.StatusChange(
                                GoalStatus.valueOf(rs.getString(2)),
                                rs.getObject(3, LocalDate.class),
                                rs.getString(4))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                select g.id, g.domain, d.label, g.goal_text, g.target_date, g.status, g.set_on, g.next_review_due,
                       g.version, g.void_reason
                  from treatment_care_plan_goal g join treatment_goal_domain d on d.code = g.domain
                 where g.episode_id = ? order by d.sort_order, g.created_at
                """)
                .param(episodeId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new CarePlanView.Goal(
                            id,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getObject(5, LocalDate.class),
                            GoalStatus.valueOf(rs.getString(6)),
                            rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class),
                            rs.getInt(9),
                            rs.getString(10),
                            reviews.getOrDefault(id, List.of()),
                            history.getOrDefault(id, List.of()));
                })
                .list();
    }

    private void statusChanged(UUID goalId, GoalStatus status, LocalDate on, @Nullable UUID reviewId, String by) {
        jdbc.sql("""
                insert into treatment_goal_status_history (id, goal_id, status, changed_on, review_id, changed_at,
                    changed_by) values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), goalId, status.name(), on, reviewId, now(), by)
                .update();
    }

    private OffsetDateTime now() {
        return DbTime.now(clock);
    }
}
