package org.onedoor.client.merge;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows that say two records are merged: the duplicate's {@code merged_into}, the {@code client_merge} record and
 * both clients' versions. Each write is guarded by the state it expects, and says whether it found it, so a merge or
 * an undo racing another one is refused rather than applied twice.
 */
@Component
class MergeLinking {

    private final JdbcClient jdbc;
    private final Clock clock;

    MergeLinking(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Points the duplicate at the survivor; false when either was merged or voided since. */
    boolean link(UUID survivorId, UUID duplicateId, OffsetDateTime at, String by) {
        int merged = jdbc.sql("""
                update client set merged_into = :survivor, version = version + 1, changed_at = :at, changed_by = :by
                 where id = :duplicate and merged_into is null and voided_at is null
                """)
                .param("survivor", survivorId)
                .param("duplicate", duplicateId)
                .param("at", at)
                .param("by", by)
                .update();
        return merged != 0 && touch(survivorId, "merged_into is null and voided_at is null", by) != 0;
    }

    /** The merge, for undoing it. */
    void record(UUID mergeId, UUID survivorId, UUID duplicateId, String reason, OffsetDateTime at, String by) {
        jdbc.sql("""
                insert into client_merge (id, survivor_id, merged_id, reason, merged_at, merged_by)
                values (:id, :survivor, :duplicate, :reason, :at, :by)
                """)
                .param("id", mergeId)
                .param("survivor", survivorId)
                .param("duplicate", duplicateId)
                .param("reason", reason)
                .param("at", at)
                .param("by", by)
                .update();
    }

    /** Separates the two records and marks the merge undone; false when it was already undone. */
    boolean separate(UUID mergeId, UUID survivorId, UUID duplicateId, String reason, String by) {
        int separated = jdbc.sql("""
                update client set merged_into = null, version = version + 1, changed_at = :at, changed_by = :by
                 where id = :duplicate and merged_into = :survivor
                """)
                .param("duplicate", duplicateId)
                .param("survivor", survivorId)
                .param("at", DbTime.now(clock))
                .param("by", by)
                .update();
        int undone = jdbc.sql("""
                update client_merge set undone_at = :at, undone_by = :by, undo_reason = :reason
                 where id = :id and undone_at is null
                """)
                .param("at", DbTime.now(clock))
                .param("by", by)
                .param("reason", reason)
                .param("id", mergeId)
                .update();
        return separated != 0 && undone != 0 && touch(survivorId, "merged_into is null", by) != 0;
    }

    private int touch(UUID clientId, String condition, String by) {
        return jdbc.sql("update client set version = version + 1, changed_at = :at, changed_by = :by where id = :id"
                        + " and " + condition)
                .param("at", DbTime.now(clock))
                .param("by", by)
                .param("id", clientId)
                .update();
    }
}
