package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.EpisodeId;

/**
 * Prescribing courses in bulk (the demo partnership, migration): each course with its dose and supervision history
 * and its reviews, the course row holding where the history ends. A trusted path for administrators like the
 * treatment import, as batched inserts with one audit entry per call.
 */
@Service
public class PrescribingImport {

    private final JdbcTemplate jdbc;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PrescribingImport(JdbcTemplate jdbc, AccessLog log, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A course: started as {@code started}, then each change in date order (a STOPPED change ends it). */
    public record ImportedCourse(ClientId clientId, EpisodeId episodeId, String medicine,
                                 PrescriberKind prescriberKind, OrganisationId prescriberOrganisation,
                                 String prescriberName, @Nullable String pharmacyName, ImportedChange started,
                                 List<ImportedChange> changes, List<CourseReview> reviews) {

        public ImportedCourse {
            changes = List.copyOf(changes);
            reviews = List.copyOf(reviews);
        }
    }

    /** One event of a course: kind STARTED, DOSE, SUPERVISION or STOPPED, with what it set. */
    public record ImportedChange(String kind, LocalDate on, @Nullable BigDecimal doseMg,
                                 @Nullable Instalment instalment, @Nullable Boolean supervised,
                                 @Nullable Integer supervisedDays, @Nullable String reason) {
    }

    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public int importCourses(List<ImportedCourse> courses) {
        OffsetDateTime at = DbTime.now(clock);
        String by = currentUsers.actorName();
        List<Object[]> courseRows = new ArrayList<>();
        List<Object[]> changeRows = new ArrayList<>();
        List<Object[]> reviewRows = new ArrayList<>();
        for (ImportedCourse c : courses) {
            UUID id = UUID.randomUUID();
            ImportedChange s = c.started();
            BigDecimal dose = s.doseMg();
            Instalment instalment = s.instalment();
            boolean supervised = Boolean.TRUE.equals(s.supervised());
            Integer days = s.supervisedDays();
            LocalDate last = s.on();
            LocalDate stopped = null;
            String stopReason = null;
            List<ImportedChange> all = new ArrayList<>(List.of(s));
            all.addAll(c.changes());
            for (ImportedChange change : all) {
                changeRows.add(new Object[] {UUID.randomUUID(), id, change.kind(), change.on(), change.doseMg(),
                        change.instalment() == null ? null : change.instalment().name(), change.supervised(),
                        change.supervisedDays(), change.reason(), at, by});
                last = change.on();
                dose = change.doseMg() != null ? change.doseMg() : dose;
                instalment = change.instalment() != null ? change.instalment() : instalment;
                if (change.supervised() != null) {
                    supervised = change.supervised();
                    days = change.supervisedDays();
                }
                if ("STOPPED".equals(change.kind())) {
                    stopped = change.on();
                    stopReason = change.reason();
                }
            }
            LocalDate nextReview = stopped != null ? null : c.reviews().isEmpty() ? s.on().plusMonths(3)
                    : c.reviews().get(c.reviews().size() - 1).nextReviewOn();
            courseRows.add(new Object[] {id, c.clientId().value(), c.episodeId().value(), c.medicine(), dose,
                    instalment.name(), supervised, supervised ? days : null, c.pharmacyName(),
                    c.prescriberKind().name(), c.prescriberOrganisation().value(), c.prescriberName(), s.on(), last,
                    nextReview, stopped, stopReason, at, by});
            for (CourseReview r : c.reviews()) {
                reviewRows.add(new Object[] {UUID.randomUUID(), id, r.reviewedOn(), r.reviewer(), r.outcome(),
                        r.nextReviewOn(), at, by});
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
            log.record(new AccessEvent(AccessAction.CREATE, AuditSubject.of("CLIENT", courses.get(0).clientId().value()),
                    "Bulk import", "Bulk import of prescribing: " + courses.size() + " courses, " + changeRows.size()
                    + " changes, " + reviewRows.size() + " reviews"));
        }
        return courses.size();
    }
}
