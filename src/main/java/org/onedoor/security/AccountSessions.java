package org.onedoor.security;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The server-side register of which sessions an account may still use. Each account has a session generation;
 * a session remembers the generation its account had at sign-in, and {@link AccountSessionCheck} ends any session
 * whose generation is no longer current, or whose account is disabled, on its next request. Ending all of an
 * account's sessions is therefore one update of the account row: it holds on every node and wherever sessions are
 * kept (in memory today, in the database with Spring Session JDBC later), and it cannot miss a session that was
 * being created while the account changed. See {@code docs/adr/0008-sessions-follow-the-account.md}.
 */
@Component
class AccountSessions {

    private final JdbcClient jdbc;

    AccountSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends every open session of the account, in the caller's transaction. */
    void endAll(UUID accountId) {
        jdbc.sql("update user_account set session_generation = session_generation + 1 where id = ?")
                .param(accountId)
                .update();
    }

    /** Whether a session signed in at the given generation may still be used. */
    boolean current(UUID accountId, int generation) {
        return state(accountId, generation) != State.ENDED;
    }

    /** What a session signed in at the given generation may do: nothing, anything, or first change its password. */
    State state(UUID accountId, int generation) {
        return jdbc.sql("""
                        select must_change_password from user_account
                        where id = ? and enabled = true and session_generation = ?
                        """)
                .params(accountId, generation)
                .query(Boolean.class)
                .optional()
                .map(mustChange -> mustChange ? State.MUST_CHANGE_PASSWORD : State.CURRENT)
                .orElse(State.ENDED);
    }

    /** A session's standing, read on each request. */
    enum State {
        ENDED,
        CURRENT,
        MUST_CHANGE_PASSWORD
    }
}
