package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInIntegrationTest {

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
    MutableClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signsInWithTheRightPasswordAndStoresOnlyAHash() throws Exception {
        String username = anAccount();
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(accounts.find(username))
                .get()
                .satisfies(account -> assertThat(account.lastSignInAt()).isNotNull());
    }

    @Test
    void throttlesAfterThreeFailuresThenLocksAfterSix() throws Exception {
        String username = anAccount();
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/sign-in").user(username).password("wrong-password"))
                    .andExpect(unauthenticated());
        }
        // throttled: even the right password waits until the delay has passed
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(unauthenticated());
        clock.advance(java.time.Duration.ofSeconds(31));
        for (int i = 0; i < 3; i++) {
            clock.advance(java.time.Duration.ofSeconds(31));
            mvc.perform(formLogin("/sign-in").user(username).password("wrong-password"))
                    .andExpect(unauthenticated());
        }
        clock.advance(java.time.Duration.ofMinutes(5));
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(unauthenticated());
        assertThat(accounts.find(username).orElseThrow().lockedUntil()).isNotNull();

        clock.advance(java.time.Duration.ofMinutes(31));
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(accounts.find(username).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void administratorUnlockClearsTheLock() throws Exception {
        String username = anAccount();
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/sign-in").user(username).password("wrong-password"));
        }
        currentUsers.actingAs(ADMIN, () -> {
            accounts.unlock(username);
            return null;
        });
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void refusesShortPasswordsAndTakenUsernames() {
        String username = anAccount();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> open(username, PASSWORD)))
                .hasMessageContaining("is taken");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> open("short-" + UUID.randomUUID(), "short")))
                .hasMessageContaining("at least 12 characters");
    }

    private String anAccount() {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        open(username, PASSWORD);
        return username;
    }

    private void open(String username, String password) {
        currentUsers.actingAs(
                ADMIN,
                () -> accounts.open(new NewUserAccount(
                        username, "Test person", password, UUID.randomUUID(), null, Set.of(Role.RECOVERY_WORKER))));
    }
}
