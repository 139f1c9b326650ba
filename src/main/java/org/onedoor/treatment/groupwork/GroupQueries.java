package org.onedoor.treatment.groupwork;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.ClientRecords;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.NotFound;
import org.onedoor.treatment.groupwork.GroupViews.Enrolment;
import org.onedoor.treatment.groupwork.GroupViews.Programme;
import org.onedoor.treatment.groupwork.GroupViews.ProgrammeSummary;
import org.onedoor.treatment.groupwork.GroupViews.Register;
import org.onedoor.treatment.groupwork.GroupViews.RegisterLine;
import org.onedoor.treatment.groupwork.GroupViews.Session;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reading group work: programmes with their next session, a programme with its sessions and enrolments, and a
 * session's register. Clients are shown by reference only (no identifiers on a group list), and only those the
 * person may see (checked and audited by the client module).
 */
@Service
public class GroupQueries {

    private static final String SESSION = """
            select s.id, s.programme_id, p.name, s.starts_at, s.duration_minutes, s.capacity, s.venue_id, v.name,
                   s.facilitator_name,
                   (select count(*) from treatment_group_attendance a where a.session_id = s.id
                     and a.status = 'ATTENDED'),
                   (select count(*) from treatment_group_attendance a where a.session_id = s.id)
              from treatment_group_session s
              join treatment_group_programme p on p.id = s.programme_id
              join report_organisation v on v.organisation_id = s.venue_id
            """;

    private final JdbcClient jdbc;
    private final ClientRecords clients;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    GroupQueries(JdbcClient jdbc, ClientRecords clients, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The programmes of the person's organisation, by name, each with its next session. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public List<ProgrammeSummary> programmes() {
        return jdbc.sql("""
                select p.id, p.name, t.label, st.label,
                       (select count(*) from treatment_group_enrolment e where e.programme_id = p.id),
                       n.starts_at, v.name
                  from treatment_group_programme p
                  join treatment_intervention_type t on t.code = p.intervention_type
                  left join treatment_sub_intervention_type st on st.code = p.sub_intervention_type
                  left join treatment_group_session n on n.programme_id = p.id and n.starts_at = (
                       select min(s.starts_at) from treatment_group_session s
                        where s.programme_id = p.id and s.starts_at >= :now)
                  left join report_organisation v on v.organisation_id = n.venue_id
                 where p.provider_id = :provider
                 order by p.name, p.id
                """)
                .param("now", LocalDateTime.now(clock))
                .param("provider", currentUsers.require().organisationId())
                .query((rs, n) -> new ProgrammeSummary(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getObject(6, LocalDateTime.class),
                        rs.getString(7)))
                .list();
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public Programme programme(UUID id) {
        return jdbc.sql("""
                select p.id, p.name, p.description, p.intervention_type, t.label, p.sub_intervention_type, st.label,
                       p.provider_id, o.name
                  from treatment_group_programme p
                  join treatment_intervention_type t on t.code = p.intervention_type
                  left join treatment_sub_intervention_type st on st.code = p.sub_intervention_type
                  join report_organisation o on o.organisation_id = p.provider_id
                 where p.id = ? and p.provider_id = ?
                """)
                .params(id, currentUsers.require().organisationId())
                .query((rs, n) -> new Programme(
                        id,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, UUID.class),
                        rs.getString(9),
                        sessions(id),
                        enrolments(id)))
                .optional()
                .orElseThrow(() -> new NotFound("Group programme", id));
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public Register register(UUID sessionId) {
        Session session = jdbc.sql(SESSION + " where s.id = ? and p.provider_id = ?")
                .params(sessionId, currentUsers.require().organisationId())
                .query(GroupQueries::session)
                .optional()
                .orElseThrow(() -> new NotFound("Group session", sessionId));
        List<RegisterLine> lines = jdbc.sql("""
                select e.client_id, r.current_reference, a.status
                  from treatment_group_enrolment e
                  join report_client_reference r on r.client_id = e.client_id
                  left join treatment_group_attendance a on a.session_id = ? and a.client_id = e.client_id
                 where e.programme_id = ?
                 order by r.current_reference
                """)
                .params(sessionId, session.programmeId())
                .query((rs, n) -> new RegisterLine(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3) == null ? null : AttendanceStatus.valueOf(rs.getString(3))))
                .list();
        Set<UUID> visible = visible(
                lines.stream().map(RegisterLine::clientId).toList(), "Group register of " + session.programmeName());
        lines = lines.stream().filter(line -> visible.contains(line.clientId())).toList();
        return new Register(session, lines, session.startsAt().isAfter(LocalDateTime.now(clock)));
    }

    private List<Session> sessions(UUID programmeId) {
        return jdbc.sql(SESSION + " where s.programme_id = ? order by s.starts_at desc")
                .param(programmeId)
                .query(GroupQueries::session)
                .list();
    }

    private List<Enrolment> enrolments(UUID programmeId) {
        List<Enrolment> all = jdbc.sql("""
                select e.client_id, r.current_reference, e.enrolled_on, e.enrolled_by
                  from treatment_group_enrolment e join report_client_reference r on r.client_id = e.client_id
                 where e.programme_id = ? order by r.current_reference
                """)
                .param(programmeId)
                .query((rs, n) -> new Enrolment(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4)))
                .list();
        Set<UUID> visible = visible(all.stream().map(Enrolment::clientId).toList(), "Group enrolments");
        return all.stream().filter(e -> visible.contains(e.clientId())).toList();
    }

    /**
     * Those of the clients the person may see, through the client module's access-filtered and audited list: a
     * group list never shows a client outside the person's access.
     */
    private Set<UUID> visible(List<UUID> clientIds, String what) {
        return clientIds.isEmpty() ? Set.of() : clients.namesOf(clientIds, what).keySet();
    }

    private static Session session(ResultSet rs, int row) throws SQLException {
        return new Session(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, LocalDateTime.class),
                rs.getInt(5),
                rs.getInt(6),
                new OrganisationId(rs.getObject(7, UUID.class)),
                rs.getString(8),
                rs.getString(9),
                rs.getInt(10),
                rs.getInt(11));
    }
}
