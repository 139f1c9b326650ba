package org.onedoor.security;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for API client credentials: administrators issue one to another system (a GP system, a partner's
 * case system) so it can call {@code /api/**} as an organisation of the partnership, and revoke it when it is no
 * longer trusted. The token is returned once, at issue; OneDoor keeps only its SHA-256.
 */
@Service
public class ApiClients {

    /**
     * The only privileges a calling system may hold: it reads the directory, submits referrals, reads waiting times and
     * indicators with small numbers suppressed.
     */
    public static final Set<Privilege> GRANTABLE = Collections.unmodifiableSet(EnumSet.of(
            Privilege.DIRECTORY_VIEW,
            Privilege.REFERRAL_SUBMIT,
            Privilege.WAITING_TIMES_VIEW,
            Privilege.INDICATORS_VIEW));

    /** Leaves room for the "api:" before the name in 100-character {@code created_by} stamps. */
    static final int MAX_NAME_LENGTH = 96;

    static final int MAX_REASON_LENGTH = 500;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ApiClients(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Issues a credential; the returned token is the only copy there will ever be. */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public IssuedApiClient issue(String name, UUID organisationId, Set<Privilege> privileges) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new DomainRuleViolation(
                    "API_CLIENT_NAME", "name", Messages.text("security.apiClient.name.invalid", MAX_NAME_LENGTH));
        }
        if (privileges.isEmpty()) {
            throw new DomainRuleViolation(
                    "NO_PRIVILEGE", "privileges", Messages.text("security.privileges.noPrivilege"));
        }
        if (!GRANTABLE.containsAll(privileges)) {
            throw new DomainRuleViolation(
                    "PRIVILEGE_NOT_GRANTABLE", "privileges", Messages.text("security.privileges.notGrantable"));
        }
        UUID id = UUID.randomUUID();
        String token = ApiClientTokens.newToken();
        jdbc.sql("""
                insert into api_client (id, name, organisation_id, token_prefix, token_hash, privileges,
                                        created_at, created_by)
                values (:id, :name, :organisationId, :prefix, :hash, :privileges, :now, :actor)
                """)
                .param("id", id)
                .param("name", trimmed)
                .param("organisationId", organisationId)
                .param("prefix", ApiClientTokens.prefixOf(token))
                .param("hash", ApiClientTokens.fingerprint(token))
                .param("privileges", ApiClientRows.joined(privileges))
                .param("now", DbTime.now(clock))
                .param("actor", currentUsers.actorName())
                .update();
        return new IssuedApiClient(id, trimmed, token);
    }

    /** Credentials newest first, revoked ones included, one page at a time (pages from 0). */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    public List<ApiClientSummary> list(int page, int size) {
        return jdbc.sql("select " + ApiClientRows.COLUMNS + """
                   from api_client
                  order by created_at desc, name, id
                 offset :offset rows fetch next :size rows only
                """)
                .param("offset", ResultPage.offset(page, size))
                .param("size", size)
                .query(ApiClientRows.SUMMARY)
                .list();
    }

    @PreAuthorize("hasAuthority('USER_MANAGE')")
    public long count() {
        return jdbc.sql("select count(*) from api_client").query(Long.class).single();
    }

    @PreAuthorize("hasAuthority('USER_MANAGE')")
    public Optional<ApiClientSummary> find(UUID id) {
        return jdbc.sql("select " + ApiClientRows.COLUMNS + " from api_client where id = ?")
                .param(id)
                .query(ApiClientRows.SUMMARY)
                .optional();
    }

    /** Stops the token working from the next request. A reason is required; revoking cannot be undone. */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public void revoke(UUID id, String reason) {
        String trimmed = reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON_LENGTH) {
            throw new DomainRuleViolation(
                    "REVOKE_REASON_REQUIRED",
                    "reason",
                    Messages.text("security.apiClient.reason.required", MAX_REASON_LENGTH));
        }
        ApiClientSummary client = find(id).orElseThrow(() -> new NotFound("API client", id.toString()));
        if (!client.active()) {
            throw new DomainRuleViolation("ALREADY_REVOKED", null, Messages.text("security.apiClient.alreadyRevoked"));
        }
        jdbc.sql("""
                update api_client set revoked_at = :now, revoked_by = :actor, revoke_reason = :reason
                 where id = :id and revoked_at is null
                """)
                .param("now", DbTime.now(clock))
                .param("actor", currentUsers.actorName())
                .param("reason", trimmed)
                .param("id", id)
                .update();
    }

    /**
     * A credential just issued. {@code token} is the plain text, shown to the administrator once and never stored.
     */
    public record IssuedApiClient(UUID id, String name, String token) {

        @Override
        public String toString() {
            return "IssuedApiClient[id=" + id + ", name=" + name + ", token=" + ApiClientTokens.prefixOf(token) + "…]";
        }
    }
}
