package org.onedoor.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
@WithMockUser(
        username = "directory-admin",
        authorities = {"DIRECTORY_VIEW", "DIRECTORY_MANAGE"})
class DirectoryOrganisationIntegrationTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @Autowired
    Directory directory;

    /** With Spring Security's test support, so @WithMockUser signs the requests in. */
    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void registersAPracticeAndShowsItWithHistory() throws Exception {
        String name = unique("Riverside Surgery");
        String ods = uniqueOds();
        MvcResult created = mvc.perform(practice(name, ods))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", name + " is registered"))
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/directory/organisations/");

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("/practices/" + ods + "/menu")))
                .andExpect(content().string(containsString("Change details")))
                .andExpect(content().string(containsString("GP practice " + name + " registered")));
    }

    @Test
    void showsTheFormsWithTheCurrentDetails() throws Exception {
        String name = unique("Editable Surgery");
        UUID id = register(name, uniqueOds());
        mvc.perform(get("/directory/organisations/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Register an organisation")))
                .andExpect(content().string(containsString("name=\"activeFrom.year\"")));
        mvc.perform(get("/directory/organisations/" + id + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("name=\"activeFrom.year\" value=\"2026\"")))
                .andExpect(content().string(containsString("this cannot change")));
    }

    @Test
    void changesAppearInHistory() throws Exception {
        UUID id = register(unique("Old Name"), uniqueOds());
        String renamed = unique("New Name");
        OrganisationSummary before = directory.organisation(id);
        mvc.perform(post("/directory/organisations/" + id + "/edit")
                        .with(csrf())
                        .param("type", "GP_PRACTICE")
                        .param("name", renamed)
                        .param("odsCode", before.odsCode())
                        .param("activeFrom.day", "1")
                        .param("activeFrom.month", "4")
                        .param("activeFrom.year", "2026")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().is3xxRedirection());

        assertThat(directory.organisation(id).name()).isEqualTo(renamed);
        mvc.perform(get("/directory/organisations/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name: " + before.name() + " → " + renamed)))
                .andExpect(content().string(containsString("system")));
    }

    @Test
    void refusesInvalidOdsCodeAndSavesNothing() throws Exception {
        String name = unique("Bad Code Surgery");
        mvc.perform(practice(name, "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Register an organisation")))
                .andExpect(content().string(containsString("href=\"#odsCode\"")))
                .andExpect(content().string(containsString("one letter and five digits, like C81010")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        assertThat(count(name)).isZero();
    }

    @Test
    void refusesDuplicateOdsCode() throws Exception {
        String ods = uniqueOds();
        register(unique("First Surgery"), ods);
        String second = unique("Second Surgery");
        mvc.perform(practice(second, ods.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another practice already has the ODS code " + ods)));
        assertThat(count(second)).isZero();
    }

    @Test
    void refusesEndDateBeforeStartDate() throws Exception {
        String name = unique("Short Lived");
        mvc.perform(practice(name, uniqueOds())
                        .param("activeTo.day", "31")
                        .param("activeTo.month", "3")
                        .param("activeTo.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Active to must be the same as or after active from")));
        assertThat(count(name)).isZero();
    }

    @Test
    void refusesImpossibleDateKeepingWhatWasTyped() throws Exception {
        String name = unique("Leap Surgery");
        mvc.perform(post("/directory/organisations/new")
                        .with(csrf())
                        .param("type", "VENUE")
                        .param("name", name)
                        .param("activeFrom.day", "30")
                        .param("activeFrom.month", "2")
                        .param("activeFrom.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Active from must be a real date, like 1 4 2026")))
                .andExpect(content().string(containsString("name=\"activeFrom.day\" value=\"30\"")));
        assertThat(count(name)).isZero();
    }

    @Test
    void refusesOverLongName() throws Exception {
        String name = unique("L") + "x".repeat(161);
        mvc.perform(practice(name, uniqueOds()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Name must be 160 characters or fewer")));
        assertThat(count(name.substring(0, 40))).isZero();
    }

    @Test
    void refusesUnknownOrMissingType() throws Exception {
        String name = unique("Typeless");
        mvc.perform(practice(name, uniqueOds()).param("type", "SPACESHIP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the type of organisation")));
        mvc.perform(post("/directory/organisations/new")
                        .with(csrf())
                        .param("name", name)
                        .param("activeFrom.day", "1")
                        .param("activeFrom.month", "4")
                        .param("activeFrom.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the type of organisation")));
        assertThat(count(name)).isZero();
    }

    @Test
    void refusesAChangeWhenSomeoneElseChangedItMeanwhile() throws Exception {
        UUID id = register(unique("Contended"), uniqueOds());
        OrganisationSummary before = directory.organisation(id);
        mvc.perform(post("/directory/organisations/" + id + "/edit")
                        .with(csrf())
                        .param("type", "GP_PRACTICE")
                        .param("name", unique("Mine"))
                        .param("odsCode", before.odsCode())
                        .param("activeFrom.day", "1")
                        .param("activeFrom.month", "4")
                        .param("activeFrom.year", "2026")
                        .param("version", String.valueOf(before.version() - 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this organisation")));
        assertThat(directory.organisation(id).name()).isEqualTo(before.name());
    }

    @Test
    void showsTypedNamesEscaped() throws Exception {
        String name = "<script>alert(1)</script> " + UUID.randomUUID();
        UUID id = register(name, uniqueOds());
        mvc.perform(get("/directory/organisations/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        mvc.perform(get("/directory/organisations").param("q", name))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
    }

    @Test
    @WithMockUser(authorities = "DIRECTORY_VIEW")
    void refusesChangesFromUsersWhoMayOnlyRead() throws Exception {
        String name = unique("Not Allowed");
        mvc.perform(practice(name, uniqueOds())).andExpect(status().isForbidden());
        mvc.perform(get("/directory/organisations/new")).andExpect(status().isForbidden());
        mvc.perform(get("/directory/organisations"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Register an organisation"))));
        assertThat(count(name)).isZero();
    }

    @Test
    @WithMockUser(authorities = "DIRECTORY_VIEW")
    void refusesEditsFromUsersWhoMayOnlyRead() throws Exception {
        UUID id = registerAsAdministrator();
        mvc.perform(post("/directory/organisations/" + id + "/edit")
                        .with(csrf())
                        .param("type", "VENUE")
                        .param("name", "Hijacked")
                        .param("activeFrom.day", "1")
                        .param("activeFrom.month", "4")
                        .param("activeFrom.year", "2026")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
    }

    private UUID registerAsAdministrator() {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "admin",
                        null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                                "DIRECTORY_MANAGE")));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return register(unique("Venue"), null);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    static MockHttpServletRequestBuilder practice(String name, String ods) {
        return post("/directory/organisations/new")
                .with(csrf())
                .param("type", "GP_PRACTICE")
                .param("name", name)
                .param("odsCode", ods)
                .param("listSize", "8500")
                .param("town", "Leeds")
                .param("activeFrom.day", "1")
                .param("activeFrom.month", "4")
                .param("activeFrom.year", "2026");
    }

    UUID register(String name, String ods) {
        OrganisationType type = ods == null ? OrganisationType.VENUE : OrganisationType.GP_PRACTICE;
        return directory.registerOrganisation(OrganisationBuilder.a(type)
                .named(name)
                .ods(ods)
                .town("Leeds")
                .activeFrom(LocalDate.of(2026, 4, 1))
                .build());
    }

    long count(String name) {
        return directory
                .organisations(new OrganisationSearch(name, null, true, LocalDate.of(2026, 4, 1), "name", false, 0, 20))
                .totalItems();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String uniqueOds() {
        return "Q" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
    }
}
