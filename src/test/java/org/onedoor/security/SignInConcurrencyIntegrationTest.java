package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Lock-out holds when attempts arrive at the same moment: real threads, released together, each a full sign-in
 * through the security filter chain against the real database.
 */
@IntegrationTest
class SignInConcurrencyIntegrationTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final CurrentUser ADMIN =
            new CurrentUser(new UUID(0, 7), "test-admin", "Test admin", new UUID(0, 7), Set.of(Role.ADMINISTRATOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    SecuritySettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thirtySimultaneousWrongPasswordsLockTheAccountAndOnlyTheFirstFewAreChecked() throws Exception {
        String username = anAccount();
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            passwords.add("wrong-password-" + i);
        }

        List<Outcome> outcomes = simultaneously(username, passwords);

        assertThat(outcomes).filteredOn(Outcome::toldWrongPassword).hasSize(settings.throttleAfter());
        assertThat(outcomes).filteredOn(Outcome::toldToWait).hasSize(30 - settings.throttleAfter());
        assertThat(outcomes).noneMatch(Outcome::signedIn);
        assertThat(failures(username)).isEqualTo(30);
        assertThat(lockedUntil(username)).isEqualTo(clock.instant().plus(settings.lockoutDuration()));
        assertThat(signIn(username, PASSWORD).signedIn()).isFalse();
    }

    @Test
    void aRightPasswordAmongWrongOnesDoesNotSignInOnceTheLockoutCountIsReached() throws Exception {
        String username = anAccount();
        for (int i = 0; i < settings.lockoutAfter() - 1; i++) {
            clock.advance(settings.throttleDelay().plusSeconds(1));
            signIn(username, "wrong-password");
        }
        clock.advance(settings.throttleDelay().plusSeconds(1));
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < 39; i++) {
            passwords.add(i == 20 ? PASSWORD : "wrong-password-" + i);
        }
        passwords.add(PASSWORD.equals(passwords.get(20)) ? "wrong-password-39" : PASSWORD);

        List<Outcome> outcomes = simultaneously(username, passwords);

        // the attempt that reaches the lock-out count is the last one whose password is checked
        long checked = outcomes.stream()
                .filter(o -> o.signedIn() || o.toldWrongPassword())
                .count();
        assertThat(checked).isEqualTo(1);
        assertThat(outcomes)
                .filteredOn(Outcome::toldToWait)
                .hasSize(39)
                .allMatch(o -> o.message().contains("locked until"));
        assertThat(lockedUntil(username)).isEqualTo(clock.instant().plus(settings.lockoutDuration()));
    }

    @Test
    void anUnknownUsernameIsThrottledAndLockedExactlyLikeARealOne() throws Exception {
        String real = anAccount();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> toldReal = new ArrayList<>();
        List<String> toldUnknown = new ArrayList<>();
        for (int i = 0; i < settings.lockoutAfter() + 1; i++) {
            toldReal.add(signIn(real, "wrong-password").message());
            toldUnknown.add(signIn(unknown, "wrong-password").message());
        }
        assertThat(toldUnknown).isEqualTo(toldReal);
        assertThat(toldReal.get(settings.throttleAfter())).contains("Wait until");
        assertThat(toldReal.get(settings.lockoutAfter())).contains("locked until");
    }

    @Test
    void aDisabledAccountIsNamedOnlyToSomeoneWithItsPassword() throws Exception {
        String username = anAccount();
        currentUsers.actingAs(ADMIN, () -> {
            accounts.setEnabled(username, false);
            return null;
        });
        assertThat(signIn(username, "wrong-password").message()).isEqualTo(AccountSignIn.WRONG);
        assertThat(signIn(username, PASSWORD).message()).isEqualTo(AccountSignIn.DISABLED);
    }

    private List<Outcome> simultaneously(String username, List<String> passwords) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(passwords.size());
        try {
            CountDownLatch ready = new CountDownLatch(passwords.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (String password : passwords) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return signIn(username, password);
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            threads.shutdown();
        }
    }

    private Outcome signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/sign-in").user(username).password(password))
                .andReturn();
        boolean signedIn = "/".equals(result.getResponse().getRedirectedUrl());
        Object message = result.getRequest().getSession() == null
                ? null
                : result.getRequest().getSession().getAttribute(SignInFailureHandler.MESSAGE);
        return new Outcome(signedIn, message == null ? "" : message.toString());
    }

    private int failures(String username) {
        return jdbc.sql("select failed_attempts from sign_in_failure where username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    private Instant lockedUntil(String username) {
        return jdbc.sql("select locked_until from sign_in_failure where username = ?")
                .param(username)
                .query((rs, n) ->
                        rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
                .single();
    }

    private String anAccount() {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        currentUsers.actingAs(
                ADMIN,
                () -> accounts.open(new NewUserAccount(
                        username, "Test person", PASSWORD, UUID.randomUUID(), null, Set.of(Role.RECOVERY_WORKER))));
        return username;
    }

    record Outcome(boolean signedIn, String message) {

        boolean toldWrongPassword() {
            return message.equals(AccountSignIn.WRONG);
        }

        boolean toldToWait() {
            return message.contains("too many failed sign-ins");
        }
    }
}
