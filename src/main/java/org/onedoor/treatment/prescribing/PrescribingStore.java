package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The prescribing tables: courses, their changes (the start included) and reviews. Rows are only added to. */
@Component
class PrescribingStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUsers currentUsers;

    PrescribingStore(JdbcClient jdbc, Clock clock, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUsers = currentUsers;
    }

    /** The episode's client, whether it is open and its triage date. */
    EpisodeFacts episode(UUID episodeId) {
        return jdbc.sql("""
                select client_id, status, triaged_on from treatment_episode where id = ? and voided_at is null
                """)
                .param(episodeId)
                .query((rs, n) -> new EpisodeFacts(
                        rs.getObject(1, UUID.class), "OPEN".equals(rs.getString(2)), rs.getObject(3, LocalDate.class)))
                .optional()
                .orElseThrow(() -> new NotFound("Episode", episodeId));
    }

    boolean pharmacological(UUID episodeId, UUID interventionId) {
        return jdbc.sql("""
                select count(*) from treatment_intervention
                 where id = ? and episode_id = ? and intervention_type = 'PHARMACOLOGICAL' and voided_at is null
                """)
                        .param(interventionId)
                        .param(episodeId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean hasActiveCourse(UUID clientId, String medicine) {
        return jdbc.sql("""
                select count(*) from treatment_prescribing_course
                 where client_id = ? and medicine = ? and stopped_on is null and voided_at is null
                """)
                        .param(clientId)
                        .param(medicine)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(UUID id, UUID clientId, NewCourse c, String prescriberName) {
        jdbc.sql("""
                insert into treatment_prescribing_course (id, client_id, episode_id, intervention_id, medicine,
                    medicine_other, dose_mg, instalment, supervised, supervised_days, pharmacy_name, pharmacy_code,
                    pharmacy_organisation, prescriber_kind, prescriber_organisation, prescriber_name, started_on,
                    last_changed_on, next_review_on, version, created_at, created_by)
                values (:id, :client, :episode, :intervention, :medicine, :other, :dose, :instalment, :supervised,
                    :days, :pharmacy, :pharmacyCode, :pharmacyOrg, :kind, :prescriber, :prescriberName, :started,
                    :started, :review, 1, :at, :by)
                """)
                .param("id", id)
                .param("client", clientId)
                .param("episode", c.episodeId().value())
                .param("intervention", c.interventionId())
                .param("medicine", c.medicine())
                .param("other", c.medicineOther())
                .param("dose", c.doseMg())
                .param("instalment", c.instalment().name())
                .param("supervised", c.supervised())
                .param("days", c.supervised() ? c.supervisedDays() : null)
                .param("pharmacy", c.pharmacyName())
                .param("pharmacyCode", c.pharmacyCode())
                .param("pharmacyOrg", c.pharmacyOrganisation())
                .param("kind", c.prescriberKind().name())
                .param(
                        "prescriber",
                        c.prescriberOrganisation() == null
                                ? null
                                : c.prescriberOrganisation().value())
                .param("prescriberName", prescriberName)
                .param("started", c.startedOn())
                .param("review", c.nextReviewOn())
                .param("at", now())
                .param("by", currentUsers.actorName())
                .update();
        change(
                id,
                "STARTED",
                c.startedOn(),
                c.doseMg(),
                c.instalment(),
                c.supervised(),
                c.supervised() ? c.supervisedDays() : null,
                null);
    }

    Course load(UUID courseId) {
        return jdbc.sql("""
                select id, client_id, episode_id, medicine, dose_mg, instalment, supervised, supervised_days,
                       started_on, last_changed_on, next_review_on, stopped_on, version
                  from treatment_prescribing_course where id = ? and voided_at is null
                """)
                .param(courseId)
                .query((rs, n) -> new Course(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        Instalment.valueOf(rs.getString(6)),
                        rs.getBoolean(7),
                        (Integer) rs.getObject(8),
                        rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class),
                        rs.getObject(11, LocalDate.class),
                        rs.getObject(12, LocalDate.class),
                        rs.getInt(13)))
                .optional()
                .orElseThrow(() -> new NotFound("Prescribing course", courseId));
    }

    /** Saves the course's current arrangement after a change, guarding against a concurrent change. */
    void update(Course c) {
        int updated = jdbc.sql("""
                update treatment_prescribing_course set dose_mg = :dose, instalment = :instalment,
                       supervised = :supervised, supervised_days = :days, last_changed_on = :last,
                       next_review_on = :review, stopped_on = :stopped, version = version + 1, changed_at = :at,
                       changed_by = :by
                 where id = :id and version = :version
                """)
                .param("dose", c.doseMg())
                .param("instalment", c.instalment().name())
                .param("supervised", c.supervised())
                .param("days", c.supervisedDays())
                .param("last", c.lastChangedOn())
                .param("review", c.nextReviewOn())
                .param("stopped", c.stoppedOn())
                .param("at", now())
                .param("by", currentUsers.actorName())
                .param("id", c.id())
                .param("version", c.version())
                .update();
        if (updated != 1) {
            throw new org.onedoor.shared.DomainRuleViolation("STALE", "", Messages.text("prescribing.course.stale"));
        }
    }

    void stopReason(UUID courseId, String reason) {
        jdbc.sql("update treatment_prescribing_course set stop_reason = ? where id = ?")
                .param(reason)
                .param(courseId)
                .update();
    }

    void change(
            UUID courseId,
            String kind,
            LocalDate on,
            @Nullable BigDecimal dose,
            @Nullable Instalment instalment,
            @Nullable Boolean supervised,
            @Nullable Integer days,
            @Nullable String reason) {
        jdbc.sql("""
                insert into treatment_prescribing_change (id, course_id, kind, changed_on, dose_mg, instalment,
                    supervised, supervised_days, reason, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        UUID.randomUUID(),
                        courseId,
                        kind,
                        on,
                        dose,
                        instalment == null ? null : instalment.name(),
                        supervised,
                        days,
                        reason,
                        now(),
                        currentUsers.actorName())
                .update();
    }

    void review(UUID courseId, CourseReview review) {
        jdbc.sql("""
                insert into treatment_prescribing_review (id, course_id, reviewed_on, reviewer, outcome,
                    next_review_on, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        UUID.randomUUID(),
                        courseId,
                        review.reviewedOn(),
                        review.reviewer().strip(),
                        review.outcome().strip(),
                        review.nextReviewOn(),
                        now(),
                        currentUsers.actorName())
                .update();
    }

    Optional<UUID> episodeOf(UUID courseId) {
        return jdbc.sql("select episode_id from treatment_prescribing_course where id = ?")
                .param(courseId)
                .query(UUID.class)
                .optional();
    }

    private java.time.OffsetDateTime now() {
        return DbTime.now(clock);
    }

    record EpisodeFacts(UUID clientId, boolean open, LocalDate triagedOn) {}
}
