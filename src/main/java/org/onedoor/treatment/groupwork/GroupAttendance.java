package org.onedoor.treatment.groupwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.client.AccessDecision;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.recording.ClinicalChange;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolling clients on a programme (once each, within the capacity of its coming sessions) and recording a session's
 * register in one go: every line is checked before anything is saved.
 */
@Service
public class GroupAttendance {

    private final JdbcClient jdbc;
    private final ClinicalChanges changes;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    GroupAttendance(JdbcClient jdbc, ClinicalChanges changes, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID enrol(UUID programmeId, UUID clientId) {
        String programme = jdbc.sql("select name from treatment_group_programme where id = ? for update")
                .param(programmeId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFound("Group programme", programmeId));
        AccessDecision decision = changes.require(clientId);
        boolean already =
                jdbc.sql("""
                select count(*) from treatment_group_enrolment where programme_id = ? and client_id = ?
                """).params(programmeId, clientId).query(Integer.class).single() > 0;
        int enrolled = jdbc.sql("select count(*) from treatment_group_enrolment where programme_id = ?")
                .param(programmeId)
                .query(Integer.class)
                .single();
        GroupProgramme.ComingSession smallest = jdbc.sql("""
                select starts_at, capacity from treatment_group_session
                 where programme_id = ? and starts_at >= ? order by capacity, starts_at fetch first 1 rows only
                """)
                .params(programmeId, LocalDateTime.now(clock))
                .query((rs, n) -> new GroupProgramme.ComingSession(rs.getObject(1, LocalDateTime.class), rs.getInt(2)))
                .optional()
                .orElse(null);
        new GroupProgramme(programmeId, enrolled).enrol(programme, already, smallest);
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                insert into treatment_group_enrolment (id, programme_id, client_id, enrolled_on, enrolled_at,
                    enrolled_by) values (?, ?, ?, ?, ?, ?)
                """)
                .params(id, programmeId, clientId, today, DbTime.now(clock), currentUsers.actorName())
                .update();
        String summary = "Enrolled in group programme " + programme;
        changes.record(ClinicalChange.of(AccessAction.CREATE, clientId, decision, summary)
                .onTimeline("GROUP", today, "GROUP_PROGRAMME", programmeId));
        return id;
    }

    /**
     * Records the register of a session that has started: one status per enrolled client given. All or nothing: a
     * client not enrolled, one the person may not see, or more attending than the session's places refuses it all.
     */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public int record(UUID sessionId, Map<UUID, AttendanceStatus> statuses) {
        GroupSession session = jdbc.sql("""
                select programme_id, starts_at, capacity from treatment_group_session where id = ? for update
                """)
                .param(sessionId)
                .query((rs, n) -> new GroupSession(
                        rs.getObject(1, UUID.class),
                        jdbc.sql("select name from treatment_group_programme where id = ?")
                                .param(rs.getObject(1, UUID.class))
                                .query(String.class)
                                .single(),
                        rs.getObject(2, LocalDateTime.class),
                        rs.getInt(3)))
                .optional()
                .orElseThrow(() -> new NotFound("Group session", sessionId));
        session.checkRegister(statuses, LocalDateTime.now(clock));
        Set<UUID> enrolled =
                Set.copyOf(jdbc.sql("select client_id from treatment_group_enrolment where programme_id = ?")
                        .param(session.programmeId())
                        .query(UUID.class)
                        .list());
        Map<UUID, AccessDecision> decisions = new LinkedHashMap<>();
        for (UUID clientId : statuses.keySet()) {
            session.requireEnrolled(enrolled, clientId);
            decisions.put(clientId, changes.require(clientId));
        }
        var recordedAt = DbTime.now(clock);
        String by = currentUsers.actorName();
        List<UUID> already = jdbc.sql("select client_id from treatment_group_attendance where session_id = ?")
                .param(sessionId)
                .query(UUID.class)
                .list();
        decisions.forEach((clientId, decision) -> {
            AttendanceStatus status = statuses.get(clientId);
            if (already.contains(clientId)) {
                jdbc.sql("""
                        update treatment_group_attendance set status = ?, recorded_at = ?, recorded_by = ?
                         where session_id = ? and client_id = ?
                        """)
                        .params(status.name(), recordedAt, by, sessionId, clientId)
                        .update();
            } else {
                jdbc.sql("""
                        insert into treatment_group_attendance (id, session_id, client_id, status, recorded_at,
                            recorded_by) values (?, ?, ?, ?, ?, ?)
                        """)
                        .params(UUID.randomUUID(), sessionId, clientId, status.name(), recordedAt, by)
                        .update();
            }
            String summary = "Group session " + session.programme() + " on "
                    + DisplayDate.DAY_AND_TIME.format(session.startsAt()) + ": "
                    + status.label().toLowerCase(Locale.UK);
            changes.record(ClinicalChange.of(
                            already.contains(clientId) ? AccessAction.CHANGE : AccessAction.CREATE,
                            clientId,
                            decision,
                            summary)
                    .onTimeline("GROUP", session.startsAt().toLocalDate(), "GROUP_SESSION", sessionId));
        });
        return decisions.size();
    }
}
