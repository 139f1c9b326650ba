package org.onedoor.security;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Messages;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per username typed, in the database, before the password is checked. Each attempt takes
 * a turn under a row lock and is counted as a failure at once; only a successful sign-in clears the count. So
 * however many attempts arrive at the same moment, on however many nodes, at most {@code throttleAfter} of them
 * have their password checked before the rest are refused, and every refused attempt still counts towards the
 * lock-out. Unknown usernames are counted the same way, so the answers never tell which usernames exist.
 */
@Component
class SignInFailures {

    static final int MAX_USERNAME = 100;
    private static final int LOCK_TRIES = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    SignInFailures(JdbcClient jdbc, SecuritySettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The key a typed username is counted under: trimmed, lower case, at most as long as a username can be. */
    static String key(@Nullable String typed) {
        String key = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_USERNAME ? key.substring(0, MAX_USERNAME) : key;
    }

    /**
     * Counts an attempt for the username (committed at once) and says whether its password may be checked. Waiting
     * for the row lock can time out under a burst (H2 waits two seconds); the turn is then tried again, and if it
     * still cannot be counted the attempt is refused unchecked: sign-in fails closed.
     */
    Turn take(String key) {
        insertIfAbsent(key);
        for (int tries = 1; ; tries++) {
            try {
                return ownTransaction.execute(status -> countUnderLock(key));
            } catch (PessimisticLockingFailureException busy) {
                if (tries == LOCK_TRIES) {
                    return Turn.busy();
                }
            }
        }
    }

    /**
     * Clears the count after a successful sign-in, unless other attempts were counted after this one: those were
     * refused while this one was checked, and they keep the username locked.
     */
    void succeeded(String key, Turn turn) {
        jdbc.sql("delete from sign_in_failure where username = ? and failed_attempts <= ?")
                .params(key, turn.attempt())
                .update();
    }

    /** Clears the count and any lock: an administrator's unlock. */
    void clear(String key) {
        jdbc.sql("delete from sign_in_failure where username = ?").param(key).update();
    }

    private Turn countUnderLock(String key) {
        Counted counted = jdbc.sql("""
                        select failed_attempts, locked_until from sign_in_failure where username = ? for update
                        """)
                .param(key)
                .query((rs, n) -> new Counted(rs.getInt("failed_attempts"), DbTime.instantOrNull(rs, "locked_until")))
                .single();
        Instant now = clock.instant();
        boolean refused = counted.lockedUntil() != null && counted.lockedUntil().isAfter(now);
        int attempts = counted.failures() + 1;
        @Nullable Instant lockedUntil = lockAfter(counted, attempts, refused, now);
        jdbc.sql("""
                        update sign_in_failure set failed_attempts = :attempts, last_failure_at = :now,
                               locked_until = :lockedUntil
                         where username = :username
                        """)
                .param("attempts", attempts)
                .param("now", DbTime.toDb(now))
                .param("lockedUntil", DbTime.toDbOrNull(lockedUntil))
                .param("username", key)
                .update();
        if (!refused) {
            return Turn.check(attempts);
        }
        return attempts >= settings.lockoutAfter()
                ? Turn.locked(attempts, lockedUntil, clock)
                : Turn.throttled(attempts, lockedUntil, clock);
    }

    /**
     * The lock after this attempt. Reaching the lock-out count, or failing again after a lock-out ended, locks for the
     * lock-out duration; a running lock-out is not lengthened by further attempts. Reaching the throttle count makes
     * the next attempt wait the throttle delay.
     */
    private @Nullable Instant lockAfter(Counted counted, int attempts, boolean refused, Instant now) {
        if (attempts >= settings.lockoutAfter()) {
            boolean lockoutRunning = refused && counted.failures() >= settings.lockoutAfter();
            return lockoutRunning ? counted.lockedUntil() : now.plus(settings.lockoutDuration());
        }
        if (refused) {
            return counted.lockedUntil();
        }
        return attempts >= settings.throttleAfter() ? now.plus(settings.throttleDelay()) : null;
    }

    private void insertIfAbsent(String key) {
        try {
            ownTransaction.executeWithoutResult(
                    status -> jdbc.sql("""
                            insert into sign_in_failure (username, failed_attempts)
                            select :username, 0 where not exists (select 1 from sign_in_failure where username = :username)
                            """).param("username", key).update());
        } catch (DataAccessException raced) {
            // another attempt for the same username made the row at the same moment: the row is there either way
            boolean there = jdbc.sql("select count(*) from sign_in_failure where username = ?")
                            .param(key)
                            .query(Long.class)
                            .single()
                    > 0;
            if (!there) {
                throw raced;
            }
        }
    }

    private record Counted(int failures, @Nullable Instant lockedUntil) {}

    /**
     * Whether an attempt's password may be checked and, when not, what to tell the person.
     *
     * @param attempt the attempt's number in the count of failures in a row (it counts as one until it succeeds)
     */
    record Turn(int attempt, boolean check, @Nullable String refusal) {

        static Turn check(int attempt) {
            return new Turn(attempt, true, null);
        }

        static Turn busy() {
            return new Turn(0, false, Messages.text("security.signIn.busy"));
        }

        static Turn throttled(int attempt, @Nullable Instant until, Clock clock) {
            return new Turn(
                    attempt,
                    false,
                    Messages.text("security.signIn.throttled", TIME_WITH_SECONDS.format(local(until, clock))));
        }

        static Turn locked(int attempt, @Nullable Instant until, Clock clock) {
            return new Turn(attempt, false, Messages.text("security.signIn.locked", TIME.format(local(until, clock))));
        }

        private static java.time.ZonedDateTime local(@Nullable Instant until, Clock clock) {
            return (until == null ? clock.instant() : until).atZone(clock.getZone());
        }
    }
}
