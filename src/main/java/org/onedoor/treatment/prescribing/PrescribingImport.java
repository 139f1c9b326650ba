package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.EpisodeId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prescribing courses in bulk (the demo partnership, migration): each course with its dose and supervision history
 * and its reviews, the course row holding where the history ends. A trusted path for administrators like the
 * treatment import, as batched inserts with one audit entry per call, built through the course's own rules
 * ({@link PrescribingCourse}) so that history is held to what a worker may record.
 */
@Service
public class PrescribingImport {

    private final JdbcTemplate jdbc;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final Medicines medicines;

    PrescribingImport(JdbcTemplate jdbc, AccessLog log, CurrentUsers currentUsers, Clock clock, Medicines medicines) {
        this.jdbc = jdbc;
        this.medicines = medicines;
        this.log = log;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A course: started as {@code started}, then each change in date order (a STOPPED change ends it). */
    public record ImportedCourse(
            ClientId clientId,
            EpisodeId episodeId,
            String medicine,
            PrescriberKind prescriberKind,
            OrganisationId prescriberOrganisation,
            String prescriberName,
            @Nullable String pharmacyName,
            ImportedChange started,
            List<ImportedChange> changes,
            List<CourseReview> reviews) {

        public ImportedCourse {
            changes = List.copyOf(changes);
            reviews = List.copyOf(reviews);
        }
    }

    /** One event of a course: kind STARTED, DOSE, SUPERVISION or STOPPED, with what it set. */
    public record ImportedChange(
            String kind,
            LocalDate on,
            @Nullable BigDecimal doseMg,
            @Nullable Instalment instalment,
            @Nullable Boolean supervised,
            @Nullable Integer supervisedDays,
            @Nullable String reason) {}

    /**
     * Writes the courses; returns how many.
     *
     * @throws IllegalArgumentException naming the first course (and change or review) that the rules of
     *                                  {@link PrescribingCourse} refuse; nothing is saved then
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public int importCourses(List<ImportedCourse> courses) {
        LocalDate today = LocalDate.now(clock);
        List<Medicines.Valid> known = courses.isEmpty() ? List.of() : medicines.all();
        List<Course> built = new ArrayList<>(courses.size());
        for (int i = 0; i < courses.size(); i++) {
            built.add(ImportedCourseHistory.replay(i, courses.get(i), known, today));
        }
        OffsetDateTime at = DbTime.now(clock);
        String by = currentUsers.actorName();
        List<Object[]> courseRows = new ArrayList<>();
        List<Object[]> changeRows = new ArrayList<>();
        List<Object[]> reviewRows = new ArrayList<>();
        for (int i = 0; i < courses.size(); i++) {
            ImportedCourse c = courses.get(i);
            Course course = built.get(i);
            String stopReason = null;
            List<ImportedChange> all = new ArrayList<>(List.of(c.started()));
            all.addAll(c.changes());
            for (ImportedChange change : all) {
                changeRows.add(new Object[] {
                    UUID.randomUUID(),
                    course.id(),
                    change.kind(),
                    change.on(),
                    change.doseMg(),
                    change.instalment() == null ? null : change.instalment().name(),
                    change.supervised(),
                    change.supervisedDays(),
                    change.reason(),
                    at,
                    by
                });
                stopReason = "STOPPED".equals(change.kind()) ? change.reason() : stopReason;
            }
            courseRows.add(new Object[] {
                course.id(),
                c.clientId().value(),
                c.episodeId().value(),
                c.medicine(),
                course.doseMg(),
                course.instalment().name(),
                course.supervised(),
                course.supervisedDays(),
                c.pharmacyName(),
                c.prescriberKind().name(),
                c.prescriberOrganisation().value(),
                c.prescriberName(),
                course.startedOn(),
                course.lastChangedOn(),
                course.nextReviewOn(),
                course.stoppedOn(),
                stopReason,
                at,
                by
            });
            for (CourseReview r : c.reviews()) {
                reviewRows.add(new Object[] {
                    UUID.randomUUID(), course.id(), r.reviewedOn(), r.reviewer(), r.outcome(), r.nextReviewOn(), at, by
                });
            }
        }
        jdbc.batchUpdate("""
                insert into treatment_prescribing_course (id, client_id, episode_id, medicine, dose_mg, instalment,
                    supervised, supervised_days, pharmacy_name, prescriber_kind, prescriber_organisation,
                    prescriber_name, started_on, last_changed_on, next_review_on, stopped_on, stop_reason, version,
                    created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                """, courseRows);
        jdbc.batchUpdate("""
                insert into treatment_prescribing_change (id, course_id, kind, changed_on, dose_mg, instalment,
                    supervised, supervised_days, reason, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, changeRows);
        jdbc.batchUpdate("""
                insert into treatment_prescribing_review (id, course_id, reviewed_on, reviewer, outcome,
                    next_review_on, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, reviewRows);
        if (!courses.isEmpty()) {
            log.record(new AccessEvent(
                    AccessAction.CREATE,
                    AuditSubject.of("CLIENT", courses.get(0).clientId().value()),
                    "Bulk import",
                    "Bulk import of prescribing: " + courses.size() + " courses, " + changeRows.size() + " changes, "
                            + reviewRows.size() + " reviews"));
        }
        return courses.size();
    }
}
