package org.onedoor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ShellIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.onedoor.security.UserAccounts accounts;

    @Autowired
    org.onedoor.security.CurrentUsers currentUsers;

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
    }

    @Test
    void pagesNeedSignInAndCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"));
    }

    @Test
    void signInPageIsOneDoorsOwnWithoutCrown() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("OneDoor")))
                .andExpect(content().string(not(containsString("govuk-header__logotype"))));
    }

    @Test
    void wrongPasswordSendsBackToSignInWithMessage() throws Exception {
        mvc.perform(formLogin("/sign-in").user("nobody").password("wrong-password-1"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void signInReturnsToAPageNeverToAFontFetchedBeforeIt() throws Exception {
        var session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(get("/assets/fonts/bold.woff").session(session).accept(org.springframework.http.MediaType.ALL));
        String username = "returning-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        currentUsers.actingAs(
                org.onedoor.testsupport.Actors.person(
                        org.onedoor.security.Role.ADMINISTRATOR, java.util.UUID.randomUUID()),
                () -> accounts.open(new org.onedoor.security.NewUserAccount(
                        username,
                        "Returning user",
                        "a-long-enough-password",
                        java.util.UUID.randomUUID(),
                        null,
                        java.util.Set.of(org.onedoor.security.Role.RECOVERY_WORKER))));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/sign-in")
                                .session(session)
                                .param("username", username)
                                .param("password", "a-long-enough-password")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void errorPagesFromExceptionHandlersHaveTheHeaderAndNavigation() throws Exception {
        var worker = org.onedoor.testsupport.Actors.person(
                org.onedoor.security.Role.RECOVERY_WORKER, java.util.UUID.randomUUID());
        mvc.perform(get("/contracts")
                        .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                        .with(org.onedoor.testsupport.Actors.as(worker)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You cannot see this page")))
                .andExpect(content().string(containsString("class=\"onedoor-header__partnership\"")))
                .andExpect(content().string(containsString("moj-primary-navigation")))
                .andExpect(content().string(containsString("href=\"/clients\"")))
                .andExpect(content().string(containsString(worker.displayName())))
                .andExpect(content().string(containsString("Sign out")));
    }

    @Test
    void theNavigationMarksOnlyTheMostSpecificItemAsTheCurrentPage() throws Exception {
        assertThat(currentItems(org.onedoor.security.Role.TEAM_MANAGER, "/caseloads"))
                .containsExactly("Team caseloads");
        assertThat(currentItems(org.onedoor.security.Role.TEAM_MANAGER, "/caseload"))
                .containsExactly("My caseload");
        assertThat(currentItems(org.onedoor.security.Role.SPOC_WORKER, "/referrals/new"))
                .containsExactly("Referral queue");
        assertThat(currentItems(org.onedoor.security.Role.COMMISSIONER, "/outcomes/cohorts"))
                .containsExactly("Outcomes");
    }

    private java.util.List<String> currentItems(org.onedoor.security.Role role, String path) throws Exception {
        var person = org.onedoor.testsupport.Actors.person(role, java.util.UUID.randomUUID());
        String page = mvc.perform(get(path).with(org.onedoor.testsupport.Actors.as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var current = java.util.regex.Pattern.compile("<a[^>]*aria-current=\"page\"[^>]*>\\s*([^<]*?)\\s*</a>")
                .matcher(page);
        java.util.List<String> items = new java.util.ArrayList<>();
        while (current.find()) {
            items.add(current.group(1));
        }
        return items;
    }

    @Test
    void apiCallersWithoutCredentialsGet401NotARedirect() throws Exception {
        mvc.perform(get("/api/v1/practice-offers")).andExpect(status().isUnauthorized());
    }
}
