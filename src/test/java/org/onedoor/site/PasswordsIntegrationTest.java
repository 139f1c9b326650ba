package org.onedoor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Issue 19 item 11: a person changes their own password; an administrator's password is changed at first sign-in. */
@IntegrationTest
class PasswordsIntegrationTest {

    private static final String ADMIN_PASSWORD = "admin-password-123";

    @Autowired
    MockMvc mvc;

    private static final org.springframework.test.web.servlet.request.RequestPostProcessor ADMIN =
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                            "password-test-admin")
                    .authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("USER_MANAGE"));

    @Test
    void anAccountOpenedByAnAdministratorChangesItsPasswordBeforeAnythingElse() throws Exception {
        String username = adminOpensAccount();
        MockHttpSession session = signIn(username, ADMIN_PASSWORD);

        mvc.perform(get("/clients").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change your password")));

        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", "not-my-password")
                        .param("replacement", "short")
                        .param("confirmation", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your current password is not right")))
                .andExpect(content().string(containsString("12 to 200 characters")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("not-my-password"))));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", ADMIN_PASSWORD)
                        .param("replacement", "a brand new passphrase")
                        .param("confirmation", "a brand new passphrase typo"))
                .andExpect(content().string(containsString("the two new passwords are not the same")));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", ADMIN_PASSWORD)
                        .param("replacement", "a brand new passphrase")
                        .param("confirmation", "a brand new passphrase"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(signInFails(username, ADMIN_PASSWORD)).isTrue();
        signIn(username, "a brand new passphrase");
    }

    @Test
    void anAdministratorResetsAPasswordAndThePersonIsSignedOutAndAskedToChangeIt() throws Exception {
        String username = adminOpensAccount();
        MockHttpSession person = signIn(username, ADMIN_PASSWORD);
        mvc.perform(post("/account/password")
                        .session(person)
                        .with(csrf())
                        .param("current", ADMIN_PASSWORD)
                        .param("replacement", "my own passphrase")
                        .param("confirmation", "my own passphrase"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(post("/admin/users/" + username + "/password")
                        .with(ADMIN)
                        .with(csrf())
                        .param("replacement", "temporary passphrase")
                        .param("confirmation", "different"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not the same")));
        mvc.perform(post("/admin/users/" + username + "/password")
                        .with(ADMIN)
                        .with(csrf())
                        .param("replacement", "temporary passphrase")
                        .param("confirmation", "temporary passphrase"))
                .andExpect(redirectedUrl("/admin/users/" + username));

        mvc.perform(get("/").session(person)).andExpect(redirectedUrl("/sign-in?ended"));
        MockHttpSession again = signIn(username, "temporary passphrase");
        mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/account/password"));
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/sign-in").user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private boolean signInFails(String username, String password) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(password))
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .contains("error");
    }

    private String adminOpensAccount() throws Exception {
        String username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users/new")
                        .with(ADMIN)
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Pat Password")
                        .param("organisationId", UUID.randomUUID().toString())
                        .param("roles", "RECOVERY_WORKER")
                        .param("password", ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/admin/users/" + username));
        return username;
    }
}
