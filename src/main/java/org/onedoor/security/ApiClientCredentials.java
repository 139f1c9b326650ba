package org.onedoor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recognises the bearer token of an API request: one indexed lookup of its SHA-256, on every request, so no slow
 * password hash. Records when each credential was last used, writing at most once a minute per credential.
 */
@Component
class ApiClientCredentials {

    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiClientCredentials(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The credential the token belongs to, unless it is unknown or revoked. */
    Optional<ApiClientSummary> authenticate(String token) {
        if (!token.startsWith(ApiClientTokens.PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiClientSummary> client = jdbc.sql(
                        "select " + ApiClientRows.COLUMNS + " from api_client where token_hash = ?")
                .param(ApiClientTokens.fingerprint(token))
                .query(ApiClientRows.SUMMARY)
                .optional()
                .filter(ApiClientSummary::active);
        client.ifPresent(this::noteUse);
        return client;
    }

    private void noteUse(ApiClientSummary client) {
        Instant now = clock.instant();
        Instant threshold = now.minus(LAST_USED_RESOLUTION);
        if (client.lastUsedAt() == null || client.lastUsedAt().isBefore(threshold)) {
            jdbc.sql("""
                    update api_client set last_used_at = :now
                     where id = :id and (last_used_at is null or last_used_at < :threshold)
                    """)
                    .param("now", DbTime.toDb(now))
                    .param("threshold", DbTime.toDb(threshold))
                    .param("id", client.id())
                    .update();
        }
    }
}
