package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions follow the account: real HTTP sessions made by signing in through the form, then an administrator
 * disables the account or changes its roles through the administration pages, and the old session ends at once.
 */
@IntegrationTest
class AccountSessionsIntegrationTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final CurrentUser ADMIN = new CurrentUser(
            new UUID(0, 8), "session-test-admin", "Test admin", new UUID(0, 8), Set.of(Role.ADMINISTRATOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtOnce() throws Exception {
        String username = anAccount(Role.RECOVERY_WORKER);
        MockHttpSession browser = signIn(username);
        MockHttpSession phone = signIn(username);
        mvc.perform(get("/caseload").session(browser)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{u}/enabled", username)
                        .param("enabled", "false")
                        .with(csrf())
                        .with(as(ADMIN)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/caseload").session(browser)).andExpect(redirectedUrl("/sign-in?ended"));
        assertThat(browser.isInvalid()).isTrue();
        mvc.perform(get("/caseload").session(phone).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/sign-in?ended"));
    }

    @Test
    void changingAnAccountsRolesEndsItsOpenSessionsAndTheNextSignInHasTheNewRoles() throws Exception {
        String username = anAccount(Role.RECOVERY_WORKER);
        MockHttpSession session = signIn(username);
        mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{u}/roles", username)
                        .param("roles", "COMMISSIONER")
                        .with(csrf())
                        .with(as(ADMIN)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/caseload").session(session)).andExpect(redirectedUrl("/sign-in?ended"));
        mvc.perform(get("/api/v1/clients").session(session)).andExpect(status().isUnauthorized());
        MockHttpSession again = signIn(username);
        mvc.perform(get("/caseload").session(again)).andExpect(status().isForbidden());
        mvc.perform(get("/contracts").session(again)).andExpect(status().isOk());
    }

    @Test
    void aSessionCarriesOnWhenAnotherAccountChanges() throws Exception {
        String username = anAccount(Role.RECOVERY_WORKER);
        String colleague = anAccount(Role.RECOVERY_WORKER);
        MockHttpSession session = signIn(username);

        mvc.perform(post("/admin/users/{u}/enabled", colleague)
                        .param("enabled", "false")
                        .with(csrf())
                        .with(as(ADMIN)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
    }

    @Test
    void anAccountSignedOutByAChangeIsToldWhyOnTheSignInPage() throws Exception {
        String body =
                mvc.perform(get("/sign-in?ended")).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("You have been signed out because an administrator");
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String anAccount(Role role) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        currentUsers.actingAs(
                ADMIN,
                () -> accounts.open(
                        new NewUserAccount(username, "Test person", PASSWORD, UUID.randomUUID(), null, Set.of(role))));
        return username;
    }
}
