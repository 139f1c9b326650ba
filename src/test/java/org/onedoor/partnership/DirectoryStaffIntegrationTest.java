package org.onedoor.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
@WithMockUser(authorities = {"DIRECTORY_VIEW", "DIRECTORY_MANAGE"})
class DirectoryStaffIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Directory directory;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void addsAMemberOfStaffAndRecordsChangesInHistory() throws Exception {
        UUID organisation = organisation();
        String family = "Okafor" + token();
        String location = mvc.perform(member(organisation, "Ada", family))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Ada " + family + " is added"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        StaffSummary added = directory.staffMember(id);

        mvc.perform(member("/directory/staff/" + id + "/edit", organisation, "Ada", family)
                        .param("version", String.valueOf(added.version()))
                        .param("jobRole", "Team leader"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/staff/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Team leader")))
                .andExpect(content().string(containsString("jobRole: Recovery worker → Team leader")))
                .andExpect(content().string(containsString("joined as Recovery worker")));
    }

    @Test
    void showsTheFormsWithActiveOrganisationsToChooseFrom() throws Exception {
        UUID organisation = organisation();
        String name = directory.organisation(organisation).name();
        UUID id = directory.registerStaff(new StaffDetails(
                "Lee",
                "Shown" + token(),
                "Nurse",
                organisation,
                null,
                "NMC",
                "12A3456B",
                LocalDate.of(2026, 4, 1),
                null));
        mvc.perform(get("/directory/staff/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/directory/staff/" + id + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"12A3456B\"")))
                .andExpect(content().string(containsString("selected")));
    }

    @Test
    void refusesInvalidEmailAndMissingOrganisationKeepingWhatWasTyped() throws Exception {
        String family = "Nobody" + token();
        mvc.perform(post("/directory/staff/new")
                        .with(csrf())
                        .param("givenName", "Sam")
                        .param("familyName", family)
                        .param("jobRole", "Recovery worker")
                        .param("email", "not an email")
                        .param("activeFrom.day", "1")
                        .param("activeFrom.month", "4")
                        .param("activeFrom.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("Select the organisation they work for")))
                .andExpect(content().string(containsString("value=\"" + family + "\"")));
        assertThat(count(family)).isZero();
    }

    @Test
    void refusesRegistrationNumberWithoutItsBody() throws Exception {
        String family = "Half" + token();
        mvc.perform(member(organisation(), "Sam", family).param("registrationNumber", "1234567"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#professionalBody\"")))
                .andExpect(content()
                        .string(containsString("Enter both the professional body and the registration number")));
        assertThat(count(family)).isZero();
    }

    @Test
    void refusesEndDateBeforeStartDate() throws Exception {
        String family = "Backwards" + token();
        mvc.perform(member(organisation(), "Sam", family)
                        .param("activeTo.day", "1")
                        .param("activeTo.month", "1")
                        .param("activeTo.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Active to must be the same as or after active from")));
        assertThat(count(family)).isZero();
    }

    @Test
    void listsStaffOfOneOrganisation() throws Exception {
        UUID organisation = organisation();
        String family = "Listed" + token();
        mvc.perform(member(organisation, "Kim", family)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/staff").param("organisation", organisation.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kim " + family)))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1")));
        mvc.perform(get("/directory/staff").param("q", family + "x"))
                .andExpect(content().string(containsString("No staff match")));
    }

    @Test
    @WithMockUser(authorities = "DIRECTORY_VIEW")
    void refusesChangesFromUsersWhoMayOnlyRead() throws Exception {
        mvc.perform(member(UUID.randomUUID(), "Sam", "Reader" + token())).andExpect(status().isForbidden());
        mvc.perform(get("/directory/staff/new")).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder member(UUID organisation, String given, String family) {
        return member("/directory/staff/new", organisation, given, family).param("jobRole", "Recovery worker");
    }

    private MockHttpServletRequestBuilder member(String url, UUID organisation, String given, String family) {
        return post(url)
                .with(csrf())
                .param("givenName", given)
                .param("familyName", family)
                .param("organisationId", organisation.toString())
                .param("email", "someone@example.org")
                .param("activeFrom.day", "1")
                .param("activeFrom.month", "4")
                .param("activeFrom.year", "2026");
    }

    private UUID organisation() {
        return directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.LEAD_PROVIDER)
                .named("Provider " + token())
                .activeFrom(LocalDate.of(2025, 4, 1))
                .build());
    }

    private long count(String family) {
        return directory
                .staff(new StaffSearch(family, null, true, LocalDate.of(2026, 4, 1), "name", false, 0, 20))
                .totalItems();
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
