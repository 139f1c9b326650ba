package org.onedoor.client;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what a subject-access export needs beyond the record page: the whole timeline, history and merges. */
@Component
class SubjectAccessQuery {

    private final JdbcClient jdbc;

    SubjectAccessQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, String> references(Collection<UUID> ids) {
        Map<UUID, String> references = new HashMap<>();
        jdbc.sql("select id, reference from client where id in (:ids)").param("ids", ids)
                .query((rs, n) -> references.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return references;
    }

    /** Every timeline entry not voided, sealed ones included, oldest first. */
    List<TimelineEntry> timeline(UUID clientId) {
        return jdbc.sql("""
                select id, occurred_on, recorded_at, kind, summary, detail, source_kind, source_id, sealed_as,
                       created_by
                  from client_timeline where client_id = ? and voided_at is null
                 order by occurred_on, recorded_at, id
                """).param(clientId)
                .query((rs, n) -> new TimelineEntry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        ClientRecordQuery.instant(rs, "recorded_at"), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class),
                        ClientRecordQuery.sealed(rs.getString(9)), rs.getString(10)))
                .list();
    }

    /** The history of the client and the records merged into it, oldest first. */
    List<SubjectAccessPackage.Change> history(Set<UUID> ids) {
        return jdbc.sql("""
                select h.changed_at, c.reference, h.action, h.summary, h.changed_by
                  from client_history h join client c on c.id = h.client_id
                 where h.client_id in (:ids)
                 order by h.changed_at, h.id
                """).param("ids", ids)
                .query((rs, n) -> new SubjectAccessPackage.Change(ClientRecordQuery.instant(rs, "changed_at"),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    Map<UUID, String> organisationNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select organisation_id, name from report_organisation where organisation_id in (:ids)")
                    .param("ids", Set.copyOf(ids))
                    .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        return names;
    }
}
