package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ClientBreakGlassScreensIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientFixtures fixtures;

    CurrentUser owner;
    String family;
    UUID id;

    @BeforeEach
    void setUp() {
        owner = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        family = ClientFixtures.family("Glass");
        id = fixtures.client(owner, family, LocalDate.of(1982, 8, 8), ClientFixtures.nhsNumber());
    }

    @Test
    void refusesAnOutsiderWithTheReasonAndTheBreakGlassFormWithoutNamingTheClient() throws Exception {
        CurrentUser outsider = person(Role.PRESCRIBER, fixtures.organisation(OrganisationType.PARTNER_PROVIDER));
        mvc.perform(get("/clients/" + id).with(as(outsider)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You cannot open this record")))
                .andExpect(content().string(containsString("care team")))
                .andExpect(content().string(containsString("action=\"/clients/" + id + "/break-glass\"")))
                .andExpect(content().string(containsString("Access lasts 4 hours.")))
                .andExpect(content().string(containsString("moj-primary-navigation")))
                .andExpect(content().string(containsString(outsider.displayName())))
                .andExpect(content().string(not(containsString(family))))
                .andExpect(content().string(not(containsString(fixtures.reference(id)))));
        mvc.perform(get("/clients/" + id + "/break-glass").with(as(outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"reason\"")));
    }

    @Test
    void refusesWithoutTheFormSomeoneWhoMayNotBreakGlass() throws Exception {
        CurrentUser spoc = person(Role.SPOC_WORKER, fixtures.organisation(OrganisationType.PARTNER_PROVIDER));
        mvc.perform(get("/clients/" + id).with(as(spoc)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You cannot open this record")))
                .andExpect(content().string(not(containsString("name=\"reason\""))));
    }

    @Test
    void refusesATooShortReasonAndOpensTheRecordForAGoodOne() throws Exception {
        CurrentUser outsider = person(Role.PRESCRIBER, fixtures.organisation(OrganisationType.PARTNER_PROVIDER));
        mvc.perform(post("/clients/" + id + "/break-glass")
                        .with(as(outsider))
                        .with(csrf())
                        .param("reason", "urgent"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("at least 10 characters")))
                .andExpect(content().string(containsString("urgent</textarea>")));
        mvc.perform(get("/clients/" + id).with(as(outsider))).andExpect(status().isForbidden());

        mvc.perform(post("/clients/" + id + "/break-glass")
                        .with(as(outsider))
                        .with(csrf())
                        .param("reason", "Client in A&E after overdose, need prescribing history"))
                .andExpect(redirectedUrl("/clients/" + id))
                .andExpect(flash().attribute("flash", containsString("Break-glass access open until")));
        mvc.perform(get("/clients/" + id).with(as(outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Break-glass access until 16:00")))
                .andExpect(content().string(containsString("data-ends-in-seconds=\"14400\"")))
                .andExpect(content().string(containsString("Your break-glass access ended at 16:00")))
                .andExpect(content().string(containsString(family)))
                // break-glass reads the record; it never offers to change who may read it
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add to care team"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/care-team/new"))));
        assertThat(fixtures.auditRows(outsider.username(), "BREAK_GLASS", id)).isEqualTo(1);
        assertThat(fixtures.auditRows(outsider.username(), "VIEW", id)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void apiRefusesAnOutsiderWithTheReasonAndGivesTheCareTeamTheRecord() throws Exception {
        CurrentUser outsider = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.PARTNER_PROVIDER));
        mvc.perform(get("/api/v1/clients/" + id).with(as(outsider)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("\"code\":\"ACCESS_REFUSED\"")))
                .andExpect(content().string(containsString("care team")))
                .andExpect(content().string(not(containsString(family))));
        mvc.perform(get("/api/v1/clients/" + id).with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"reference\":\"" + fixtures.reference(id) + "\"")))
                .andExpect(content().string(containsString("\"legalFamilyName\":\"" + family + "\"")))
                .andExpect(content().string(containsString("\"role\":\"RESPONSIBLE\"")));
        mvc.perform(get("/api/v1/clients").param("q", family).with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"totalItems\":1")))
                .andExpect(content().string(containsString("\"id\":\"" + id + "\"")));
        mvc.perform(get("/api/v1/clients").param("q", family).with(as(outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"totalItems\":0")));
        assertThat(fixtures.auditRows(owner.username(), "VIEW", id)).isEqualTo(1);
    }
}
