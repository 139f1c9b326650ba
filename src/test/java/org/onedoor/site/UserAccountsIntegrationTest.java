package org.onedoor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserAccountsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    @WithMockUser(authorities = "USER_MANAGE")
    void administratorOpensAnAccountWithRoles() throws Exception {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Nia Evans")
                        .param("organisationId", UUID.randomUUID().toString())
                        .param("roles", "RECOVERY_WORKER", "PRESCRIBER")
                        .param("password", "a-long-first-password"))
                .andExpect(redirectedUrl("/admin/users/" + username));
        assertThat(accounts.find(username))
                .get()
                .satisfies(a -> assertThat(a.roles()).containsExactlyInAnyOrder(Role.RECOVERY_WORKER, Role.PRESCRIBER));
        mvc.perform(get("/admin/users").param("q", username))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nia Evans")));
    }

    @Test
    @WithMockUser(authorities = "USER_MANAGE")
    void refusesAShortPasswordAndNoRoleKeepingWhatWasTyped() throws Exception {
        String username = "short-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Kept Name")
                        .param("organisationId", UUID.randomUUID().toString())
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: Open an account")))
                .andExpect(content().string(containsString("The password must be 12 to 200 characters")))
                .andExpect(content().string(containsString("Select at least one role")))
                .andExpect(content().string(containsString("Kept Name")));
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    @WithMockUser(authorities = "DIRECTORY_VIEW")
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .param("username", "sneaky-user")
                        .param("displayName", "Sneaky")
                        .param("organisationId", UUID.randomUUID().toString())
                        .param("roles", "ADMINISTRATOR")
                        .param("password", "a-long-first-password"))
                .andExpect(status().isForbidden());
        assertThat(accounts.exists("sneaky-user")).isFalse();
    }

    @Test
    @WithMockUser(authorities = "USER_MANAGE")
    void refusesATakenUsernameAtTheField() throws Exception {
        String username = "taken-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new org.onedoor.security.NewUserAccount(
                username, "First", "a-long-first-password", UUID.randomUUID(), null, Set.of(Role.SPOC_WORKER)));
        mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Second")
                        .param("organisationId", UUID.randomUUID().toString())
                        .param("roles", "SPOC_WORKER")
                        .param("password", "a-long-first-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is taken")));
    }
}
