package org.onedoor.client;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who changed what on a client record, and when: one row per change, never edited. */
@Component
public class ClientHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    ClientHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(UUID clientId, String action, String summary, String by) {
        jdbc.sql("""
                insert into client_history (id, client_id, action, summary, changed_at, changed_by)
                values (:id, :clientId, :action, :summary, :at, :by)
                """)
                .param("id", UUID.randomUUID())
                .param("clientId", clientId)
                .param("action", action)
                .param("summary", summary.length() > 2000 ? summary.substring(0, 2000) : summary)
                .param("at", DbTime.now(clock))
                .param("by", by)
                .update();
    }

    List<Change> of(UUID clientId) {
        return jdbc.sql("""
                select action, summary, changed_at, changed_by from client_history
                 where client_id = ? order by changed_at desc, id
                """)
                .param(clientId)
                .query((rs, n) -> new Change(rs.getString(1), rs.getString(2), DbTime.instant(rs, 3), rs.getString(4)))
                .list();
    }

    /** One change to a client record. */
    public record Change(String action, String summary, Instant at, String by) {}
}
