package org.onedoor.treatment.groupwork;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.RefusedRow;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group-work programmes with their sessions, enrolments and registers in bulk (the demo partnership, migration): a
 * trusted path for administrators like the treatment import, as batched inserts with one audit entry per call. Each
 * session is scheduled and its register checked by the aggregates' rules before anything is written.
 */
@Service
public class GroupWorkImport {

    private final JdbcTemplate jdbc;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final Directory directory;

    GroupWorkImport(JdbcTemplate jdbc, AccessLog log, CurrentUsers currentUsers, Clock clock, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.log = log;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A programme of a provider, its sessions and the clients enrolled (each once). */
    public record ImportedProgramme(
            String name,
            @Nullable String description,
            String interventionType,
            @Nullable String subInterventionType,
            UUID providerId,
            List<ImportedSession> sessions,
            Map<UUID, LocalDate> enrolledOn) {

        public ImportedProgramme {
            sessions = List.copyOf(sessions);
            enrolledOn = Map.copyOf(enrolledOn);
        }
    }

    /** A session at a venue from the directory, with the register of enrolled clients (empty when to come). */
    public record ImportedSession(
            LocalDateTime startsAt,
            int durationMinutes,
            int capacity,
            UUID venueId,
            @Nullable String facilitatorUsername,
            String facilitatorName,
            Map<UUID, AttendanceStatus> register) {

        public ImportedSession {
            register = Map.copyOf(register);
        }
    }

    /**
     * Writes the programmes; returns their ids in the order given.
     *
     * @throws IllegalArgumentException naming the first session that the scheduling rules of
     *                                  {@link GroupProgramme} or the register rules of {@link GroupSession} refuse;
     *                                  nothing is saved then
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public List<UUID> importProgrammes(List<ImportedProgramme> programmes) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<UUID, Optional<OrganisationSummary>> venues = new HashMap<>();
        for (int i = 0; i < programmes.size(); i++) {
            ImportedProgramme p = programmes.get(i);
            for (int j = 0; j < p.sessions().size(); j++) {
                try {
                    check(p, p.sessions().get(j), venues, now);
                } catch (DomainRuleViolation refused) {
                    throw RefusedRow.of("Imported group programme " + i + " (" + p.name() + "), session " + j, refused);
                }
            }
        }
        OffsetDateTime at = DbTime.now(clock);
        String by = currentUsers.actorName();
        List<UUID> ids = new ArrayList<>();
        List<Object[]> programmeRows = new ArrayList<>();
        List<Object[]> sessionRows = new ArrayList<>();
        List<Object[]> enrolmentRows = new ArrayList<>();
        List<Object[]> attendanceRows = new ArrayList<>();
        for (ImportedProgramme p : programmes) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            programmeRows.add(new Object[] {
                id, p.name(), p.description(), p.interventionType(), p.subInterventionType(), p.providerId(), at, by
            });
            p.enrolledOn().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .forEach(e ->
                            enrolmentRows.add(new Object[] {UUID.randomUUID(), id, e.getKey(), e.getValue(), at, by}));
            for (ImportedSession s : p.sessions()) {
                UUID sessionId = UUID.randomUUID();
                sessionRows.add(new Object[] {
                    sessionId,
                    id,
                    Timestamp.valueOf(s.startsAt()),
                    s.durationMinutes(),
                    s.capacity(),
                    s.venueId(),
                    s.facilitatorUsername(),
                    s.facilitatorName(),
                    at,
                    by
                });
                s.register()
                        .forEach((client, status) -> attendanceRows.add(
                                new Object[] {UUID.randomUUID(), sessionId, client, status.name(), at, by}));
            }
        }
        jdbc.batchUpdate("""
                insert into treatment_group_programme (id, name, description, intervention_type,
                    sub_intervention_type, provider_id, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)
                """, programmeRows);
        jdbc.batchUpdate("""
                insert into treatment_group_session (id, programme_id, starts_at, duration_minutes, capacity,
                    venue_id, facilitator_username, facilitator_name, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, sessionRows);
        jdbc.batchUpdate("""
                insert into treatment_group_enrolment (id, programme_id, client_id, enrolled_on, enrolled_at,
                    enrolled_by) values (?, ?, ?, ?, ?, ?)
                """, enrolmentRows);
        jdbc.batchUpdate("""
                insert into treatment_group_attendance (id, session_id, client_id, status, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)
                """, attendanceRows);
        if (!enrolmentRows.isEmpty()) {
            log.record(new AccessEvent(
                    AccessAction.CREATE,
                    AuditSubject.of("CLIENT", (UUID) enrolmentRows.get(0)[2]),
                    "Bulk import",
                    "Bulk import of group work: " + programmes.size() + " programmes, " + enrolmentRows.size()
                            + " enrolments, " + attendanceRows.size() + " attendances"));
        }
        return ids;
    }

    /**
     * One session as a worker recording a past (or scheduling a coming) session is held to: scheduled by the
     * programme with everyone enrolled, at a venue from the directory; its register, if any, by the session.
     */
    private void check(
            ImportedProgramme p,
            ImportedSession s,
            Map<UUID, Optional<OrganisationSummary>> venues,
            LocalDateTime now) {
        OrganisationSummary venue = s.venueId() == null
                ? null
                : venues.computeIfAbsent(s.venueId(), directory::findOrganisation)
                        .orElse(null);
        GroupProgramme.Facilitator facilitator =
                s.facilitatorName() == null || s.facilitatorName().isBlank()
                        ? null
                        : new GroupProgramme.Facilitator(null, s.facilitatorUsername(), s.facilitatorName());
        new GroupProgramme(UUID.randomUUID(), p.enrolledOn().size())
                .imported(
                        new NewSession(s.startsAt(), s.durationMinutes(), s.capacity(), s.venueId(), null, true),
                        venue,
                        facilitator,
                        now);
        if (!s.register().isEmpty()) {
            GroupSession session = new GroupSession(UUID.randomUUID(), p.name(), s.startsAt(), s.capacity());
            session.checkRegister(s.register(), now);
            s.register()
                    .keySet()
                    .forEach(client -> session.requireEnrolled(p.enrolledOn().keySet(), client));
        }
    }
}
