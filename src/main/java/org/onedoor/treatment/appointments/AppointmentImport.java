package org.onedoor.treatment.appointments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Appointments and outcome-review dates in bulk (the demo partnership, migration): a trusted path for
 * administrators like the treatment import, as batched inserts with one audit entry per call. Appointments with an
 * outcome are written as recorded by the importer. Each is held to the rules a worker's is ({@link AppointmentRules})
 * before anything is written.
 */
@Service
public class AppointmentImport {

    private final JdbcTemplate jdbc;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final AppointmentStore store;

    AppointmentImport(
            JdbcTemplate jdbc, AccessLog log, CurrentUsers currentUsers, Clock clock, AppointmentStore store) {
        this.jdbc = jdbc;
        this.store = store;
        this.log = log;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** One appointment: booked, or with its outcome (a DNA reason code, or who cancelled and why). */
    public record ImportedAppointment(
            UUID episodeId,
            UUID clientId,
            String keyworkerUsername,
            LocalDateTime startsAt,
            int durationMinutes,
            AppointmentKind kind,
            AppointmentStatus status,
            @Nullable String dnaReason,
            @Nullable String cancelledBy,
            @Nullable String cancellationReason,
            @Nullable String contactNote) {}

    /** The day an outcome review (TOP) of an episode was done. */
    public record ImportedOutcomeReview(UUID episodeId, LocalDate reviewedOn) {}

    /**
     * Writes the appointments and outcome reviews; returns how many appointments.
     *
     * @throws IllegalArgumentException naming the first appointment or outcome review the rules of
     *                                  {@link AppointmentRules} refuse; nothing is saved then
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public int importAppointments(List<ImportedAppointment> appointments, List<ImportedOutcomeReview> reviews) {
        LocalDateTime now = store.localNow();
        Map<String, Boolean> dnaReasons = new HashMap<>();
        for (int i = 0; i < appointments.size(); i++) {
            try {
                check(appointments.get(i), now, dnaReasons);
            } catch (DomainRuleViolation refused) {
                throw RefusedRow.of("Imported appointment " + i, refused);
            }
        }
        for (int i = 0; i < reviews.size(); i++) {
            LocalDate on = reviews.get(i).reviewedOn();
            if (on == null || on.isAfter(now.toLocalDate())) {
                throw RefusedRow.of(
                        "Imported outcome review " + i,
                        new DomainRuleViolation(
                                "DATE_IN_FUTURE", "reviewedOn", Messages.text("appointment.reviewedOn.dateInFuture")));
            }
        }
        OffsetDateTime at = DbTime.now(clock);
        String by = currentUsers.actorName();
        List<Object[]> rows = new ArrayList<>(appointments.size());
        for (ImportedAppointment a : appointments) {
            boolean recorded = a.status() != AppointmentStatus.BOOKED;
            rows.add(new Object[] {
                UUID.randomUUID(),
                a.episodeId(),
                a.clientId(),
                a.keyworkerUsername(),
                Timestamp.valueOf(a.startsAt()),
                a.durationMinutes(),
                a.kind().name(),
                a.status().name(),
                a.dnaReason(),
                a.cancelledBy(),
                a.cancellationReason(),
                a.contactNote(),
                recorded ? at : null,
                recorded ? by : null,
                at,
                by
            });
        }
        jdbc.batchUpdate("""
                insert into treatment_appointment (id, episode_id, client_id, keyworker_username, starts_at,
                    duration_minutes, kind, status, dna_reason, cancelled_by, cancellation_reason, contact_note,
                    outcome_recorded_at, outcome_recorded_by, version, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """, rows);
        jdbc.batchUpdate(
                """
                insert into treatment_outcome_review (id, episode_id, reviewed_on, created_at, created_by)
                values (?, ?, ?, ?, ?)
                """,
                reviews.stream()
                        .map(r -> new Object[] {UUID.randomUUID(), r.episodeId(), r.reviewedOn(), at, by})
                        .toList());
        if (!appointments.isEmpty()) {
            log.record(new AccessEvent(
                    AccessAction.CREATE,
                    AuditSubject.of("CLIENT", appointments.get(0).clientId()),
                    "Bulk import",
                    "Bulk import of appointments: " + appointments.size() + " appointments, " + reviews.size()
                            + " outcome reviews"));
        }
        return appointments.size();
    }

    /**
     * An appointment as a worker's is held to: its length, kind and note; with an outcome, the outcome's rules
     * (history may hold a booked appointment whose outcome was never recorded).
     */
    private void check(ImportedAppointment a, LocalDateTime now, Map<String, Boolean> dnaReasons) {
        FieldProblems.Collector problems = Appointments.PROBLEMS.collector();
        if (a.startsAt() == null) {
            problems.add("startsOn", "REQUIRED", Messages.text("appointment.startsOn.required"));
        }
        AppointmentRules.shape(problems, a.durationMinutes(), a.kind(), a.contactNote());
        if (a.status() != AppointmentStatus.BOOKED && a.startsAt() != null) {
            boolean known = a.dnaReason() != null
                    && dnaReasons.computeIfAbsent(a.dnaReason(), code -> store.dnaReason(code, now.toLocalDate()));
            AppointmentRules.outcome(
                    problems,
                    new AppointmentOutcome(
                            a.status(), a.dnaReason(), a.cancelledBy(), a.cancellationReason(), a.contactNote(), 0),
                    a.startsAt(),
                    now,
                    known);
        }
        problems.throwIfAny();
    }
}
