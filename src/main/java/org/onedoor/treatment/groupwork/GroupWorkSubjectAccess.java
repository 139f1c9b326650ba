package org.onedoor.treatment.groupwork;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.spi.SubjectAccessFields;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Group work in a client's subject-access export: each programme the client was enrolled on, with every register
 * line recorded for them (other members are not named); oldest first.
 */
@Component
class GroupWorkSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    GroupWorkSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Group work";
    }

    @Override
    public Set<String> tables() {
        return Set.of("treatment_group_enrolment", "treatment_group_attendance");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.name, cast(null as timestamp) starts_at, e.enrolled_on, cast(null as varchar(20)) status,
                       cast(null as varchar(200)) facilitator_name, 0 ord
                  from treatment_group_enrolment e join treatment_group_programme p on p.id = e.programme_id
                 where e.client_id in (:clients)
                union all
                select p.name, s.starts_at, cast(s.starts_at as date), a.status, s.facilitator_name, 1
                  from treatment_group_attendance a join treatment_group_session s on s.id = a.session_id
                  join treatment_group_programme p on p.id = s.programme_id
                 where a.client_id in (:clients)
                 order by 3, 6, 2
                """)
                .param("clients", clientIds)
                .query((rs, n) -> rs.getInt("ord") == 0
                        ? SubjectAccessFields.of(rs)
                                .text("Programme", "name")
                                .day("Enrolled", "enrolled_on")
                                .item("Enrolled on " + rs.getString("name"))
                        : SubjectAccessFields.of(rs)
                                .text("Programme", "name")
                                .moment("Session", "starts_at")
                                .put(
                                        "Attendance",
                                        AttendanceStatus.valueOf(rs.getString("status"))
                                                .label())
                                .text("Facilitator", "facilitator_name")
                                .item("Group session on " + SubjectAccessFields.moment(rs, "starts_at")))
                .list();
    }
}
