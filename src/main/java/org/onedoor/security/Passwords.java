package org.onedoor.security;

import java.time.Clock;
import java.util.List;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords after an account is opened (issue 19 item 11): a person changes their own, giving the current one; an
 * administrator resets one to a temporary password, which ends the account's sessions; and a password an
 * administrator set is changed by its holder at the next sign-in ({@link AccountSessionCheck} sends them to the
 * change page until they do). The rules are the administrator's: at least 12 characters, at most 200.
 */
@Service
public class Passwords {

    static final int MAX_LENGTH = 200;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final CurrentUsers currentUsers;
    private final UserAccounts accounts;
    private final AccountSessions sessions;
    private final AccountChanges changes;
    private final Clock clock;

    Passwords(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            CurrentUsers currentUsers,
            UserAccounts accounts,
            AccountSessions sessions,
            AccountChanges changes,
            Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.currentUsers = currentUsers;
        this.accounts = accounts;
        this.sessions = sessions;
        this.changes = changes;
        this.clock = clock;
    }

    /** The signed-in person's own change: the current password, then the new one twice. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwn(String current, String replacement, String confirmation) {
        UserAccountSummary account = accounts.find(currentUsers.actorName())
                .orElseThrow(() -> new NotFound("User account", currentUsers.actorName()));
        String hash = jdbc.sql("select password_hash from user_account where id = ?")
                .param(account.id())
                .query(String.class)
                .single();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (current.isEmpty()) {
            problems.add(problem("current", "REQUIRED", "security.password.current.required"));
        } else if (!encoder.matches(current, hash)) {
            problems.add(problem("current", "WRONG_PASSWORD", "security.password.current.wrong"));
        }
        checkNew(replacement, confirmation, problems);
        if (problems.isEmpty() && replacement.equals(current)) {
            problems.add(problem("replacement", "SAME_PASSWORD", "security.password.same"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems("PASSWORD_INVALID", "password", problems);
        }
        store(account, replacement, false);
        changes.record(account, AccountChange.PASSWORD_CHANGED, account.roles(), account.roles());
    }

    /** An administrator's reset: a temporary password, every session ended, a change asked for at the next sign-in. */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public void reset(String username, String temporary, String confirmation) {
        UserAccountSummary account = accounts.find(username).orElseThrow(() -> new NotFound("User account", username));
        List<FieldProblem> problems = new java.util.ArrayList<>();
        checkNew(temporary, confirmation, problems);
        if (!problems.isEmpty()) {
            throw new FieldProblems("PASSWORD_INVALID", "password", problems);
        }
        store(account, temporary, true);
        sessions.endAll(account.id());
        changes.record(account, AccountChange.PASSWORD_RESET, account.roles(), account.roles());
    }

    /** After an administrator opens an account with a password they chose, its holder changes it at first sign-in. */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public void requireChangeAtNextSignIn(String username) {
        jdbc.sql("update user_account set must_change_password = true where username = ?")
                .param(username.strip().toLowerCase(java.util.Locale.ROOT))
                .update();
    }

    private void checkNew(String replacement, String confirmation, List<FieldProblem> problems) {
        if (replacement.isEmpty()) {
            problems.add(problem("replacement", "REQUIRED", "security.password.new.required"));
        } else if (replacement.length() < UserAccounts.MIN_PASSWORD_LENGTH || replacement.length() > MAX_LENGTH) {
            problems.add(problem("replacement", "PASSWORD_SIZE", "security.password.size"));
        } else if (!replacement.equals(confirmation)) {
            problems.add(problem("confirmation", "PASSWORDS_DIFFER", "security.password.differ"));
        }
    }

    private void store(UserAccountSummary account, String password, boolean mustChange) {
        jdbc.sql("""
                        update user_account set password_hash = :hash, must_change_password = :mustChange,
                                                password_changed_at = :at
                        where id = :id
                        """)
                .param("hash", encoder.encode(password))
                .param("mustChange", mustChange)
                .param("at", DbTime.now(clock))
                .param("id", account.id())
                .update();
    }

    private static FieldProblem problem(String field, String code, String key) {
        return new FieldProblem(field, code, Messages.text(key));
    }
}
