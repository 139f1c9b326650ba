package org.onedoor.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.shared.Messages;
import org.onedoor.shared.Text;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs people in with a username and password. The attempt is counted first ({@link SignInFailures}), then exactly
 * one password hash is checked whatever the case (unknown username, throttled, locked, wrong or right password), so
 * neither the answer nor the time it takes tells whether a username exists. Only someone who gives the right
 * password to a disabled account is told that it is disabled.
 */
@Component
class AccountSignIn implements AuthenticationProvider {

    static final String WRONG = Messages.text("security.signIn.wrong");
    static final String DISABLED = Messages.text("security.signIn.disabled");

    private final JdbcClient jdbc;
    private final SignInFailures failures;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String unusableHash;

    AccountSignIn(JdbcClient jdbc, SignInFailures failures, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.failures = failures;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.unusableHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String password = String.valueOf(attempt.getCredentials());
        if (Text.hasControlCharacter(attempt.getName())) {
            // no username holds one (PostgreSQL cannot even compare a NUL): wrong, after the same one hash check
            passwordEncoder.matches(password, unusableHash);
            throw new BadCredentialsException(WRONG);
        }
        String key = SignInFailures.key(attempt.getName());
        SignInFailures.Turn turn = failures.take(key);
        Optional<SignedInUser> account = load(key);
        if (!turn.check()) {
            passwordEncoder.matches(password, unusableHash);
            throw new LockedException(turn.refusal());
        }
        if (account.isEmpty()) {
            passwordEncoder.matches(password, unusableHash);
            throw new BadCredentialsException(WRONG);
        }
        SignedInUser user = account.get();
        if (!passwordEncoder.matches(password, user.getPassword())) {
            throw new BadCredentialsException(WRONG);
        }
        if (!user.isEnabled()) {
            throw new DisabledException(DISABLED);
        }
        failures.succeeded(key, turn);
        jdbc.sql("update user_account set last_sign_in_at = ? where id = ?")
                .params(DbTime.now(clock), user.user().userId())
                .update();
        SignedInUser principal = user.withoutPasswordHash();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * The account with its roles and its session generation, read in that order: a role change that lands between
     * the two reads moves the generation on, so the session it would give stale roles ends at its first request.
     */
    private Optional<SignedInUser> load(String username) {
        return jdbc.sql("""
                        select id, username, display_name, password_hash, organisation_id, enabled, session_generation
                          from user_account where username = ?
                        """)
                .param(username)
                .query((rs, n) -> new AccountRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("password_hash"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getBoolean("enabled"),
                        rs.getInt("session_generation")))
                .optional()
                .map(this::withRoles);
    }

    private SignedInUser withRoles(AccountRow row) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_account_role where user_account_id = ?")
                .param(row.id())
                .query(String.class)
                .list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        CurrentUser user = new CurrentUser(row.id(), row.username(), row.displayName(), row.organisationId(), roles);
        return new SignedInUser(user, row.passwordHash(), row.enabled(), row.sessionGeneration());
    }

    private record AccountRow(
            UUID id,
            String username,
            String displayName,
            String passwordHash,
            UUID organisationId,
            boolean enabled,
            int sessionGeneration) {}
}
