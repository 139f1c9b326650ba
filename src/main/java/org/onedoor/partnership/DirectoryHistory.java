package org.onedoor.partnership;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends who-what-when rows for every change to the directory and the practice menus. */
@Component
class DirectoryHistory {

    private static final Set<String> NOT_SHOWN = Set.of("id", "version", "organisationName");

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    DirectoryHistory(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    void record(String kind, UUID subjectId, String action, String summary) {
        jdbc.sql("""
                insert into directory_history (id, subject_kind, subject_id, action, summary, changed_at, changed_by)
                values (:id, :kind, :subjectId, :action, :summary, :at, :by)
                """)
                .param("id", UUID.randomUUID())
                .param("kind", kind)
                .param("subjectId", subjectId)
                .param("action", action)
                .param("summary", truncate(summary))
                .param("at", DbTime.now(clock))
                .param("by", currentUsers.actorName())
                .update();
    }

    List<HistoryEntry> of(UUID subjectId) {
        return jdbc.sql("""
                select subject_id, subject_kind, action, summary, changed_at, changed_by
                  from directory_history where subject_id = ? order by changed_at desc, id
                """)
                .param(subjectId)
                .query((rs, n) -> new HistoryEntry(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        DbTime.instant(rs, 5),
                        rs.getString(6)))
                .list();
    }

    /** "name: Old → New; postcode: (blank) → LS1 1AA", comparing two versions of the same record type. */
    static String changes(Record before, Record after) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (NOT_SHOWN.contains(component.getName())) {
                continue;
            }
            Object was = read(component, before);
            Object now = read(component, after);
            if (!Objects.equals(was, now)) {
                parts.add(component.getName() + ": " + shown(was) + " → " + shown(now));
            }
        }
        return parts.isEmpty() ? "No changes" : String.join("; ", parts);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shown(Object value) {
        return value == null ? "(blank)" : value.toString();
    }

    private static String truncate(String summary) {
        return summary.length() <= 4000 ? summary : summary.substring(0, 3997) + "...";
    }
}
