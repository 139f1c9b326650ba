package org.onedoor.client.merge;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.ClientId;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows a merge moves, and the merges recorded. */
@Component
public class MergeStore {

    /** The child tables whose rows follow a merge; each has client_id and origin_client_id. */
    public static final List<String> MOVED =
            List.of("client_care_team", "client_consent", "client_alert", "client_substance", "client_timeline");

    private final JdbcClient jdbc;

    MergeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row of the duplicate now belongs to the survivor (its origin stays the duplicate). */
    void moveRows(UUID duplicateId, UUID survivorId) {
        for (String table : MOVED) {
            jdbc.sql("update " + table + " set client_id = :survivor where client_id = :duplicate")
                    .param("survivor", survivorId)
                    .param("duplicate", duplicateId)
                    .update();
        }
    }

    /** The survivor's rows first recorded for one of {@code origins} go back to the duplicate. */
    void moveRowsBack(UUID survivorId, UUID duplicateId, Set<UUID> origins) {
        for (String table : MOVED) {
            jdbc.sql("update " + table + " set client_id = :duplicate where client_id = :survivor"
                            + " and origin_client_id in (:origins)")
                    .param("duplicate", duplicateId)
                    .param("survivor", survivorId)
                    .param("origins", origins)
                    .update();
        }
    }

    String reference(UUID clientId) {
        return jdbc.sql("select reference from client where id = ?")
                .param(clientId)
                .query(String.class)
                .single();
    }

    MergeSummary find(UUID mergeId) {
        return jdbc.sql("""
                select m.id, m.survivor_id, s.reference, s.legal_given_name || ' ' || s.legal_family_name,
                       m.merged_id, d.reference, d.legal_given_name || ' ' || d.legal_family_name, m.reason,
                       m.merged_at, m.merged_by, m.undone_at, m.undone_by, m.undo_reason
                  from client_merge m join client s on s.id = m.survivor_id join client d on d.id = m.merged_id
                 where m.id = ?
                """)
                .param(mergeId)
                .query((rs, n) -> new MergeSummary(
                        rs.getObject(1, UUID.class),
                        new ClientId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        rs.getString(4),
                        new ClientId(rs.getObject(5, UUID.class)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        DbTime.instant(rs, "merged_at"),
                        rs.getString(10),
                        DbTime.instantOrNull(rs, "undone_at"),
                        rs.getString(12),
                        rs.getString(13)))
                .optional()
                .orElseThrow(() -> new NotFound("Client merge", mergeId));
    }
}
