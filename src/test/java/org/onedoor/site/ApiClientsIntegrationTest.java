package org.onedoor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.ApiClientSummary;
import org.onedoor.security.ApiClients;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ApiClientsIntegrationTest {

    static final String WARNING = "Copy it now: OneDoor keeps only a fingerprint and cannot show it again";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiClients clients;

    @Autowired
    CurrentUsers currentUsers;

    /** MockMvc clears the security context after each request, so the test reads through the API as an admin. */
    static final CurrentUser ADMIN = new CurrentUser(
            UUID.randomUUID(), "api-clients-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Test
    @WithMockUser(authorities = "USER_MANAGE")
    void administratorIssuesACredentialAndSeesTheTokenOnce() throws Exception {
        String name = "Case system " + UUID.randomUUID().toString().substring(0, 8);
        MvcResult issued = issue(name);
        String token = (String) issued.getFlashMap().get("token");
        assertThat(token).startsWith("od_");
        String page = issued.getResponse().getRedirectedUrl();

        mvc.perform(get(page).flashAttrs(issued.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(token)))
                .andExpect(content().string(containsString(WARNING)))
                .andExpect(content().string(containsString("Credential issued to " + name)));
        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(token.substring(0, 8))))
                .andExpect(content().string(not(containsString(token))));
        mvc.perform(get("/admin/api-clients").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Issue a credential")));
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        assertThat(find(id)).get().satisfies(client -> {
            assertThat(client.name()).isEqualTo(name);
            assertThat(client.privileges()).containsExactly(Privilege.DIRECTORY_VIEW);
        });
    }

    @Test
    @WithMockUser(authorities = "USER_MANAGE")
    void refusesAPrivilegeOutsideTheWhitelistAndAMissingName() throws Exception {
        mvc.perform(post("/admin/api-clients/new")
                        .with(csrf())
                        .param("name", "Greedy system")
                        .param("organisationId", UUID.randomUUID().toString())
                        .param("privileges", "USER_MANAGE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: Issue a credential")))
                .andExpect(content().string(containsString("may only read the directory or submit referrals")));
        mvc.perform(post("/admin/api-clients/new")
                        .with(csrf())
                        .param("name", "")
                        .param("organisationId", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the name of the calling system")))
                .andExpect(content().string(containsString("Select at least one privilege")));
    }

    @Test
    @WithMockUser(authorities = "USER_MANAGE")
    void revokingNeedsAReason() throws Exception {
        String name = "Old system " + UUID.randomUUID().toString().substring(0, 8);
        String page = issue(name).getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));

        mvc.perform(post(page + "/revocation").with(csrf()).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: API client")))
                .andExpect(content().string(containsString("Enter why the credential is being revoked")));
        assertThat(find(id))
                .get()
                .satisfies(client -> assertThat(client.active()).isTrue());

        mvc.perform(post(page + "/revocation").with(csrf()).param("reason", "Contract ended"))
                .andExpect(redirectedUrl(page));
        ApiClientSummary revoked = find(id).orElseThrow();
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokeReason()).isEqualTo("Contract ended");
        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contract ended")))
                .andExpect(content().string(not(containsString("Revoke credential"))));
    }

    @Test
    @WithMockUser(authorities = "DIRECTORY_VIEW")
    void onlyAdministratorsManageApiClients() throws Exception {
        mvc.perform(get("/admin/api-clients")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/api-clients/new")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/api-clients/new")
                        .with(csrf())
                        .param("name", "Sneaky system")
                        .param("organisationId", UUID.randomUUID().toString())
                        .param("privileges", "DIRECTORY_VIEW"))
                .andExpect(status().isForbidden());
    }

    private Optional<ApiClientSummary> find(UUID id) {
        return currentUsers.actingAs(ADMIN, () -> clients.find(id));
    }

    private MvcResult issue(String name) throws Exception {
        return mvc.perform(post("/admin/api-clients/new")
                        .with(csrf())
                        .param("name", name)
                        .param("organisationId", UUID.randomUUID().toString())
                        .param("privileges", "DIRECTORY_VIEW"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }
}
