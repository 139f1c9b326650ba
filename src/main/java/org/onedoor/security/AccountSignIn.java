package org.onedoor.security;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for sign-in and keeps count of failures: after a few failures in a row an account must wait
 * between attempts (throttling), after more it is locked for a while. A successful sign-in clears the count.
 */
@Component
class AccountSignIn implements UserDetailsService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final Clock clock;

    AccountSignIn(JdbcClient jdbc, SecuritySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String key = username.trim().toLowerCase();
        List<AccountRow> rows = jdbc.sql("""
                select id, username, display_name, password_hash, organisation_id, enabled, locked_until
                  from user_account where username = ?
                """)
                .param(key)
                .query((rs, n) -> new AccountRow(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("password_hash"),
                        rs.getObject("organisation_id", UUID.class), rs.getBoolean("enabled"),
                        Timestamps.instant(rs, "locked_until")))
                .list();
        if (rows.isEmpty()) {
            throw new UsernameNotFoundException("No account " + key);
        }
        AccountRow row = rows.get(0);
        Instant now = clock.instant();
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            throw new LockedException("Too many failed sign-ins. Try again after "
                    + TIME.format(row.lockedUntil().atZone(clock.getZone())) + " or ask an administrator to unlock it.");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_account_role where user_account_id = ?").param(row.id())
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        CurrentUser user = new CurrentUser(row.id(), row.username(), row.displayName(), row.organisationId(), roles);
        return new SignedInUser(user, row.passwordHash(), row.enabled());
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String key = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase();
        Integer failures = jdbc.sql("select failed_attempts from user_account where username = ?").param(key)
                .query(Integer.class).optional().orElse(null);
        if (failures == null) {
            return;
        }
        int now = failures + 1;
        Instant at = clock.instant();
        Instant lockedUntil = now >= settings.lockoutAfter() ? at.plus(settings.lockoutDuration())
                : now >= settings.throttleAfter() ? at.plus(settings.throttleDelay()) : null;
        jdbc.sql("""
                update user_account set failed_attempts = :failures, last_failure_at = :at, locked_until = :lockedUntil
                 where username = :username
                """)
                .param("failures", now).param("at", Timestamps.of(at))
                .param("lockedUntil", lockedUntil == null ? null : Timestamps.of(lockedUntil))
                .param("username", key).update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            jdbc.sql("""
                    update user_account set failed_attempts = 0, locked_until = null, last_sign_in_at = :at
                     where id = :id
                    """)
                    .param("at", Timestamps.of(clock.instant())).param("id", user.user().userId()).update();
        }
    }

    private record AccountRow(UUID id, String username, String displayName, String passwordHash,
                              UUID organisationId, boolean enabled, Instant lockedUntil) {
    }
}
