package org.onedoor.client.merge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Follows merges: from a record to the one it now lives in, and to every record merged into it. */
@Component
public class MergeLinks {

    private final JdbcClient jdbc;

    MergeLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The client and every record merged into it, directly or through another merged record. */
    public Set<UUID> withMerged(UUID clientId) {
        Set<UUID> ids = new LinkedHashSet<>(List.of(clientId));
        Set<UUID> frontier = Set.of(clientId);
        while (!frontier.isEmpty()) {
            List<UUID> found = jdbc.sql("select id from client where merged_into in (:ids)")
                    .param("ids", frontier)
                    .query(UUID.class)
                    .list();
            frontier = new LinkedHashSet<>(found);
            frontier.removeAll(ids);
            ids.addAll(frontier);
        }
        return ids;
    }

    /** The record a merged one now lives in (itself when not merged). */
    public UUID survivorOf(UUID clientId) {
        UUID current = clientId;
        for (int hop = 0; hop < 100; hop++) {
            List<UUID> found = jdbc.sql("select merged_into from client where id = ?")
                    .param(current)
                    .query((rs, n) -> rs.getObject(1, UUID.class))
                    .list();
            UUID next = found.isEmpty() ? null : found.get(0);
            if (next == null) {
                return current;
            }
            current = next;
        }
        throw new IllegalStateException("Merges of client " + clientId + " form a loop");
    }
}
