package org.onedoor.audittrail;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Who has looked at my record": every audit entry naming a set of records, for a subject-access export. The
 * audit trail's tables are read here, and only here, for other modules.
 */
@Service
public class SubjectAccessHistory {

    private final JdbcClient jdbc;

    SubjectAccessHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every entry about the given records of one kind, oldest first (in chain order).
     *
     * @param subjectKind such as {@code CLIENT}
     * @param subjectIds  the record and, for a client, any records merged into it
     */
    @PreAuthorize("hasAuthority('CLIENT_SUBJECT_ACCESS')")
    public List<RecordedAccess> about(String subjectKind, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select recorded_at, username, roles, organisation_id, action, subject_id, purpose, detail
                          from audit_access_log
                         where subject_kind = :kind and subject_id in (:ids)
                         order by seq
                        """)
                .param("kind", subjectKind)
                .param("ids", Set.copyOf(subjectIds))
                .query((rs, n) -> new RecordedAccess(
                        DbTime.instant(rs, 1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        AccessAction.valueOf(rs.getString(5)),
                        rs.getObject(6, UUID.class),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }
}
