package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CareTeamFormIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CareTeam careTeam;

    @Autowired
    ClientRecords records;

    @Autowired
    AccessPolicy access;

    @Autowired
    ClientFixtures fixtures;

    private ChangeFormFixtures given;
    private String page;

    @BeforeEach
    void aClient() {
        given = fixtures.aClientOfALeadProvider();
        page = "/clients/" + given.client + "/care-team/new";
    }

    @Test
    void aTeamManagerOfTheResponsibleOrganisationAddsAPartnerProviderWithANamedWorker() throws Exception {
        mvc.perform(get(page).with(as(given.worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Add an organisation to the care team"),
                                containsString(given.reference()),
                                containsString("Partner provider"),
                                containsString("value=\"" + given.partner + "\""),
                                containsString("value=\"" + given.practice + "\""),
                                not(containsString("Single point of contact")),
                                not(containsString("value=\"SPOC\"")))));
        mvc.perform(post(page)
                        .with(as(given.manager))
                        .with(csrf())
                        .param("organisationId", given.partner.toString())
                        .param("role", "PARTNER")
                        .param("workerName", "Pat Partner")
                        .param("startedOn.day", "20")
                        .param("startedOn.month", "11")
                        .param("startedOn.year", "2026"))
                .andExpect(redirectedUrl("/clients/" + given.client))
                .andExpect(flash().attribute("flash", containsString("added to the care team as partner provider")));
        CareTeamMember added = team().stream()
                .filter(m -> m.organisationId().equals(given.partner))
                .findFirst()
                .orElseThrow();
        assertThat(added.role()).isEqualTo(CareTeamRole.PARTNER);
        assertThat(added.workerName()).isEqualTo("Pat Partner");
    }

    @Test
    void aStartInTheFutureOrMissingChoicesAreShownAtTheirFieldsAndNothingIsAdded() throws Exception {
        int before = given.rows("client_care_team");
        mvc.perform(post(page)
                        .with(as(given.worker))
                        .with(csrf())
                        .param("organisationId", given.partner.toString())
                        .param("role", "PARTNER")
                        .param("workerName", "Pat Partner")
                        .param("startedOn.day", "24")
                        .param("startedOn.month", "11")
                        .param("startedOn.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"startedOn-error\""),
                                containsString("The start date must be today or in the past"),
                                containsString("value=\"Pat Partner\""))));
        mvc.perform(post(page)
                        .with(as(given.worker))
                        .with(csrf())
                        .param("startedOn.day", "30")
                        .param("startedOn.month", "2")
                        .param("startedOn.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choose the organisation"),
                                containsString("role in the client"),
                                containsString("The start date must be a real date"))));
        mvc.perform(post(page)
                        .with(as(given.worker))
                        .with(csrf())
                        .param("organisationId", given.partner.toString())
                        .param("role", "SHARED_CARE")
                        .param("startedOn.day", "1")
                        .param("startedOn.month", "10")
                        .param("startedOn.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only a GP practice can be in shared care")));
        mvc.perform(post(page)
                        .with(as(given.worker))
                        .with(csrf())
                        .param("organisationId", given.partner.toString())
                        .param("role", "SPOC")
                        .param("startedOn.day", "1")
                        .param("startedOn.month", "10")
                        .param("startedOn.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role in the client")));
        assertThat(given.rows("client_care_team")).isEqualTo(before);
    }

    @Test
    void endingAnEntryIsConfirmedNeedsAReasonAndShutsThatOrganisationOut() throws Exception {
        given.as(
                given.worker,
                () -> careTeam.add(
                        given.client,
                        new CareTeamMembership(
                                given.partner,
                                CareTeamRole.RESPONSIBLE,
                                null,
                                null,
                                ChangeFormFixtures.MEMBER_FROM,
                                null,
                                null)));
        UUID entry = team().stream()
                .filter(m -> m.organisationId().equals(given.partner))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(given.as(given.partnerWorker, () -> access.decide(given.client))
                        .allowed())
                .isTrue();
        String end = "/clients/" + given.client + "/care-team/" + entry + "/end";
        mvc.perform(get(end).with(as(given.worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Are you sure?"),
                                containsString("will no longer see the record unless it has another role"),
                                containsString("Forms Partner"))));
        mvc.perform(post(end)
                        .with(as(given.worker))
                        .with(csrf())
                        .param("endedOn.day", "20")
                        .param("endedOn.month", "11")
                        .param("endedOn.year", "2026")
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"reason-error\""),
                                containsString("Give the reason the entry ends"))));
        assertThat(team().stream()
                        .filter(m -> m.id().equals(entry))
                        .findFirst()
                        .orElseThrow()
                        .endedOn())
                .isNull();

        mvc.perform(post(end)
                        .with(as(given.worker))
                        .with(csrf())
                        .param("endedOn.day", "20")
                        .param("endedOn.month", "11")
                        .param("endedOn.year", "2026")
                        .param("reason", "Treatment completed"))
                .andExpect(redirectedUrl("/clients/" + given.client))
                .andExpect(flash().attribute("flash", containsString("is no longer in the care team")));
        CareTeamMember ended =
                team().stream().filter(m -> m.id().equals(entry)).findFirst().orElseThrow();
        assertThat(ended.endReason()).isEqualTo("Treatment completed");
        assertThat(ended.endedOn()).hasToString("2026-11-20");
        assertThat(given.as(given.partnerWorker, () -> access.decide(given.client))
                        .refusal())
                .contains("left the care team on 20 November 2026");
        mvc.perform(get(end).with(as(given.worker))).andExpect(status().isConflict());
    }

    @Test
    void aPersonOutsideTheCareTeamCanNeitherAddNorEnd() throws Exception {
        int before = given.rows("client_care_team");
        UUID entry = team().get(0).id();
        mvc.perform(get(page).with(as(given.outsider))).andExpect(status().isForbidden());
        mvc.perform(post(page)
                        .with(as(given.outsider))
                        .with(csrf())
                        .param("organisationId", given.elsewhere.toString())
                        .param("role", "RESPONSIBLE")
                        .param("startedOn.day", "1")
                        .param("startedOn.month", "10")
                        .param("startedOn.year", "2026"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("added"))));
        String end = "/clients/" + given.client + "/care-team/" + entry + "/end";
        mvc.perform(get(end).with(as(given.outsider))).andExpect(status().isForbidden());
        mvc.perform(post(end)
                        .with(as(given.outsider))
                        .with(csrf())
                        .param("endedOn.day", "20")
                        .param("endedOn.month", "11")
                        .param("endedOn.year", "2026")
                        .param("reason", "Not mine"))
                .andExpect(status().isForbidden());
        assertThat(given.rows("client_care_team")).isEqualTo(before);
        assertThat(team().get(0).endedOn()).isNull();
    }

    private java.util.List<CareTeamMember> team() {
        return given.as(given.worker, () -> records.open(given.client)).careTeam();
    }
}
