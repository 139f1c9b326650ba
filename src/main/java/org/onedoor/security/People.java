package org.onedoor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a stamp names, in words (issue 19 item 6): records keep the username of whoever acted ({@code created_by},
 * {@code recorded_by}); pages, histories and exports show the person's name and role instead, as
 * {@code ${@people.name(e.recordedBy())}}. A stamp that is not an account (the public web form, an API client, the
 * system) is shown as it is. Names are remembered for a few minutes, so a page listing many entries by the same
 * people reads each account once.
 */
@Component("people")
public class People {

    private static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MOST_REMEMBERED = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Named> remembered = new ConcurrentHashMap<>();

    People(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Named(String words, Instant until) {}

    /** "Sam Jones (Recovery worker)" for an account's username; anything else as it is; empty for nothing. */
    public String name(@Nullable String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String key = username.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Named named = remembered.get(key);
        if (named == null || named.until().isBefore(now)) {
            if (remembered.size() > MOST_REMEMBERED) {
                remembered.clear();
            }
            named = new Named(lookUp(key, username), now.plus(REMEMBERED));
            remembered.put(key, named);
        }
        return named.words();
    }

    private String lookUp(String key, String asStamped) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select a.display_name, r.role
                          from user_account a left join user_account_role r on r.user_account_id = a.id
                         where a.username = ?
                        """).param(key).query().listOfRows();
        if (rows.isEmpty()) {
            return asStamped;
        }
        String roles = rows.stream()
                .map(row -> (String) row.get("role"))
                .filter(java.util.Objects::nonNull)
                .map(role -> Role.valueOf(role).label())
                .sorted()
                .collect(Collectors.joining(", "));
        String name = String.valueOf(rows.get(0).get("display_name"));
        return roles.isEmpty() ? name : name + " (" + roles + ")";
    }
}
