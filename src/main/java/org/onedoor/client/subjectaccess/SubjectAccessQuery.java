package org.onedoor.client.subjectaccess;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.AlertCategory;
import org.onedoor.client.AlertEntry;
import org.onedoor.client.ClientRecordQuery;
import org.onedoor.client.ConsentEntry;
import org.onedoor.client.SubstanceEntry;
import org.onedoor.client.TimelineEntry;
import org.onedoor.client.subjectaccess.SubjectAccessPackage.Held;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what a subject-access export needs beyond the record page: every entry, voided ones too (they are still data
 * held), the whole timeline, the history and merges.
 */
@Component
class SubjectAccessQuery {

    private final JdbcClient jdbc;

    SubjectAccessQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, String> references(Collection<UUID> ids) {
        Map<UUID, String> references = new HashMap<>();
        jdbc.sql("select id, reference from client where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> references.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return references;
    }

    /** Every timeline entry, sealed and voided ones included, oldest first. */
    List<Held<TimelineEntry>> timeline(UUID clientId) {
        return jdbc.sql("""
                select id, occurred_on, recorded_at, kind, summary, detail, source_kind, source_id, sealed_as,
                       created_by, voided_at, voided_by, void_reason
                  from client_timeline where client_id = ?
                 order by occurred_on, recorded_at, id
                """)
                .param(clientId)
                .query((rs, n) -> Held.of(
                        new TimelineEntry(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, LocalDate.class),
                                DbTime.instant(rs, "recorded_at"),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getObject(8, UUID.class),
                                ClientRecordQuery.sealed(rs.getString(9)),
                                rs.getString(10)),
                        voided(rs)))
                .list();
    }

    /**
     * Every consent decision, voided ones included, newest first; the one in force for each purpose is the latest
     * not voided.
     */
    List<Held<ConsentEntry>> consents(UUID clientId) {
        return jdbc.sql("""
                select k.*, case when k.voided_at is null and row_number() over (
                                     partition by k.purpose, case when k.voided_at is null then 0 else 1 end
                                     order by k.decided_on desc, k.recorded_at desc, k.id) = 1
                                 then true else false end in_force
                  from client_consent k
                 where k.client_id = ?
                 order by k.decided_on desc, k.recorded_at desc
                """)
                .param(clientId)
                .query((rs, n) -> Held.of(ConsentEntry.read(rs), voided(rs)))
                .list();
    }

    /** Every alert, sealed and voided ones included, newest first: the caller withholds third-party ones. */
    List<Held<AlertEntry>> alerts(UUID clientId) {
        return jdbc.sql("""
                select id, category, description, raised_on, sealed_as, created_by, voided_at, voided_by,
                       void_reason
                  from client_alert where client_id = ? order by raised_on desc, created_at desc
                """)
                .param(clientId)
                .query((rs, n) -> Held.of(
                        new AlertEntry(
                                rs.getObject(1, UUID.class),
                                AlertCategory.valueOf(rs.getString(2)),
                                rs.getString(3),
                                rs.getObject(4, LocalDate.class),
                                ClientRecordQuery.sealed(rs.getString(5)),
                                rs.getString(6)),
                        voided(rs)))
                .list();
    }

    /** Every problem substance recorded, voided ones included. */
    List<Held<SubstanceEntry>> substances(UUID clientId) {
        return jdbc.sql("""
                select rank, substance, label, recorded_on, voided_at, voided_by, void_reason from client_substance
                 where client_id = ? order by case when voided_at is null then 0 else 1 end, rank, recorded_on desc
                """)
                .param(clientId)
                .query((rs, n) -> Held.of(
                        new SubstanceEntry(
                                rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)),
                        voided(rs)))
                .list();
    }

    private static SubjectAccessPackage.@Nullable Voided voided(ResultSet rs) throws SQLException {
        return SubjectAccessPackage.Voided.of(
                DbTime.instantOrNull(rs, "voided_at"), rs.getString("voided_by"), rs.getString("void_reason"));
    }

    /** The history of the client and the records merged into it, oldest first. */
    List<SubjectAccessPackage.Change> history(Set<UUID> ids) {
        return jdbc.sql("""
                select h.changed_at, c.reference, h.action, h.summary, h.changed_by
                  from client_history h join client c on c.id = h.client_id
                 where h.client_id in (:ids)
                 order by h.changed_at, h.id
                """)
                .param("ids", ids)
                .query((rs, n) -> new SubjectAccessPackage.Change(
                        DbTime.instant(rs, "changed_at"),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    Map<UUID, String> organisationNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select organisation_id, name from report_organisation where organisation_id in (:ids)")
                    .param("ids", Set.copyOf(ids))
                    .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list();
        }
        return names;
    }
}
