package org.onedoor.security;

import java.time.Clock;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module API for sign-in accounts: open them, list them, unlock them. */
@Service
public class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUsers currentUsers;
    private final SignInFailures failures;
    private final AccountSessions sessions;
    private final AccountChanges changes;
    private final Clock clock;

    UserAccounts(
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            CurrentUsers currentUsers,
            SignInFailures failures,
            AccountSessions sessions,
            AccountChanges changes,
            Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.currentUsers = currentUsers;
        this.failures = failures;
        this.sessions = sessions;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Opens an account; refuses a taken username, a short password or an account with no role. The roles it opens
     * with are recorded for the IG lead and the audit trail like any later change.
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public UUID open(NewUserAccount account) {
        String username = account.username().trim().toLowerCase();
        if (!username.matches("[a-z0-9._-]{3,100}")) {
            throw new DomainRuleViolation("USERNAME_FORMAT", "username", Messages.text("security.username.format"));
        }
        if (exists(username)) {
            throw new DomainRuleViolation(
                    "USERNAME_TAKEN", "username", Messages.text("security.username.taken", username));
        }
        if (account.password().length() < MIN_PASSWORD_LENGTH) {
            throw new DomainRuleViolation(
                    "PASSWORD_TOO_SHORT", "password", Messages.text("security.password.tooShort", MIN_PASSWORD_LENGTH));
        }
        if (account.roles().isEmpty()) {
            throw new DomainRuleViolation("NO_ROLE", "roles", Messages.text("security.roles.noRole"));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, organisation_id, staff_member_id,
                                          created_at, created_by)
                values (:id, :username, :displayName, :hash, :organisationId, :staffMemberId, :now, :actor)
                """)
                .param("id", id)
                .param("username", username)
                .param("displayName", account.displayName())
                .param("hash", passwordEncoder.encode(account.password()))
                .param("organisationId", account.organisationId())
                .param("staffMemberId", account.staffMemberId())
                .param("now", DbTime.now(clock))
                .param("actor", currentUsers.actorName())
                .update();
        for (Role role : account.roles()) {
            jdbc.sql("insert into user_account_role (user_account_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        changes.record(find(username).orElseThrow(), AccountChange.OPENED, EnumSet.noneOf(Role.class), account.roles());
        return id;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from user_account where username = ?")
                        .param(username.trim().toLowerCase())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    public Optional<UserAccountSummary> find(String username) {
        return list(username.trim().toLowerCase(), 0, 1).stream()
                .filter(account -> account.username().equals(username.trim().toLowerCase()))
                .findFirst();
    }

    /** Accounts whose username or name contains the search text, alphabetically, one page at a time. */
    public List<UserAccountSummary> list(String search, int page, int size) {
        String like = "%" + search.trim().toLowerCase() + "%";
        return jdbc.sql("""
                select a.id, a.username, a.display_name, a.organisation_id, a.enabled,
                       coalesce(f.failed_attempts, 0) failed_attempts, f.locked_until, a.last_sign_in_at,
                       (select string_agg(r.role, ',') from user_account_role r where r.user_account_id = a.id) roles
                  from user_account a
                  left join sign_in_failure f on f.username = a.username
                 where lower(a.username) like :like or lower(a.display_name) like :like
                 order by a.username
                 offset :offset rows fetch next :size rows only
                """)
                .param("like", like)
                .param("offset", ResultPage.offset(page, size))
                .param("size", size)
                .query((rs, row) -> new UserAccountSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getObject("organisation_id", UUID.class),
                        roles(rs.getString("roles")),
                        rs.getBoolean("enabled"),
                        rs.getInt("failed_attempts"),
                        DbTime.instantOrNull(rs, "locked_until"),
                        DbTime.instantOrNull(rs, "last_sign_in_at")))
                .list();
    }

    /** Clears failed sign-ins and any lock, e.g. after a user has proved who they are by telephone. */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public void unlock(String username) {
        failures.clear(SignInFailures.key(username));
        find(username).ifPresent(account -> stamp(account.id()));
    }

    /**
     * Replaces the roles an account holds; an account keeps at least one, and nobody changes their own. The change is
     * recorded (who, what, when) for the IG lead and the audit trail, and ends the account's open sessions, so the
     * person works with the new roles from their next sign-in.
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public void grantRoles(String username, Set<Role> roles) {
        UserAccountSummary account = find(username).orElseThrow(() -> new NotFound("User account", username));
        if (account.username().equals(currentUsers.actorName())) {
            throw new DomainRuleViolation("CHANGE_OWN_ROLES", "roles", Messages.text("security.roles.changeOwnRoles"));
        }
        if (roles.isEmpty()) {
            throw new DomainRuleViolation("NO_ROLE", "roles", Messages.text("security.roles.noRole"));
        }
        if (account.roles().equals(roles)) {
            return;
        }
        jdbc.sql("delete from user_account_role where user_account_id = ?")
                .param(account.id())
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into user_account_role (user_account_id, role) values (?, ?)")
                    .params(account.id(), role.name())
                    .update();
        }
        stamp(account.id());
        sessions.endAll(account.id());
        changes.record(account, AccountChange.ROLES, account.roles(), roles);
    }

    /**
     * Stops (or restores) an account's sign-in; accounts are never deleted, so their history stays attributable.
     * Disabling ends the account's open sessions at once. Either is recorded for the IG lead and the audit trail.
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        UserAccountSummary account = find(username).orElseThrow(() -> new NotFound("User account", username));
        if (!enabled && account.username().equals(currentUsers.actorName())) {
            throw new DomainRuleViolation("DISABLE_SELF", null, Messages.text("security.account.disableSelf"));
        }
        if (account.enabled() == enabled) {
            return;
        }
        jdbc.sql("update user_account set enabled = ? where id = ?")
                .params(enabled, account.id())
                .update();
        stamp(account.id());
        sessions.endAll(account.id());
        changes.record(
                account, enabled ? AccountChange.ENABLED : AccountChange.DISABLED, account.roles(), account.roles());
    }

    private void stamp(UUID id) {
        jdbc.sql("update user_account set changed_at = :now, changed_by = :actor where id = :id")
                .param("now", DbTime.now(clock))
                .param("actor", currentUsers.actorName())
                .param("id", id)
                .update();
    }

    public long count(String search) {
        String like = "%" + search.trim().toLowerCase() + "%";
        return jdbc.sql("""
                select count(*) from user_account
                 where lower(username) like :like or lower(display_name) like :like
                """).param("like", like).query(Long.class).single();
    }

    private static EnumSet<Role> roles(String joined) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (joined != null) {
            for (String role : joined.split(",")) {
                roles.add(Role.valueOf(role));
            }
        }
        return roles;
    }
}
