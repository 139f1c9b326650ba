package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ConsentFormIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CareTeam careTeam;

    @Autowired
    Consents consents;

    @Autowired
    AccessPolicy access;

    @Autowired
    ClientFixtures fixtures;

    private ChangeFormFixtures given;
    private String page;

    @BeforeEach
    void clientWithAPartnerInTheCareTeam() {
        given = fixtures.aClientOfALeadProvider();
        given.as(
                given.worker,
                () -> careTeam.add(
                        given.client,
                        new CareTeamMembership(
                                given.partner,
                                CareTeamRole.PARTNER,
                                null,
                                "Pat Partner",
                                ChangeFormFixtures.MEMBER_FROM,
                                null,
                                null)));
        page = "/clients/" + given.client + "/consents/new";
    }

    @Test
    void thePurposeInTheLinkIsChosenAndTheCaptionNamesTheClient() throws Exception {
        mvc.perform(get(page).param("purpose", "NDTMS").with(as(given.worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Record a consent decision"),
                                containsString("Sam " + given.familyName + " · " + given.reference()),
                                containsString(
                                        "Withdrawing stops future sharing. What was shared before stays on record."),
                                matchesPattern("(?s).*value=\"NDTMS\"\\s+checked.*"),
                                containsString("href=\"/clients/" + given.client + "\""))));
    }

    @Test
    void withdrawingConsentShutsOutThePartnerAndGivingItAgainLetsThemBackIn() throws Exception {
        assertThat(decisionFor(given.partnerWorker).allowed()).isFalse();
        decide("DIRECT_CARE", "GIVEN", "1", "4", "2026")
                .andExpect(flash().attribute("flash", "Consent to share with partners: given on 1 April 2026"));
        assertThat(decisionFor(given.partnerWorker).allowed()).isTrue();
        assertThat(consents.allows(given.client, ConsentPurpose.DIRECT_CARE)).isTrue();

        decide("DIRECT_CARE", "WITHDRAWN", "3", "5", "2026")
                .andExpect(flash().attribute("flash", "Consent to share with partners: withdrawn on 3 May 2026"));
        assertThat(consents.allows(given.client, ConsentPurpose.DIRECT_CARE)).isFalse();
        assertThatThrownBy(() -> given.as(given.partnerWorker, () -> access.require(given.client)))
                .isInstanceOf(ClientAccessRefused.class)
                .hasMessageContaining("withdrawn on 3 May 2026");
        mvc.perform(get(page).with(as(given.partnerWorker)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("withdrawn")));

        decide("DIRECT_CARE", "GIVEN", "1", "6", "2026");
        assertThat(consents.allows(given.client, ConsentPurpose.DIRECT_CARE)).isTrue();
        assertThat(decisionFor(given.partnerWorker).allowed()).isTrue();
        assertThat(given.rows("client_consent")).isEqualTo(3);
    }

    @Test
    void aMissingPurposeIsShownAtItsFieldWithWhatWasTypedKept() throws Exception {
        mvc.perform(post(page)
                        .with(as(given.worker))
                        .with(csrf())
                        .param("decision", "REFUSED")
                        .param("decidedOn.day", "3")
                        .param("decidedOn.month", "5")
                        .param("decidedOn.year", "2026")
                        .param("method", "VERBAL")
                        .param("recipient", "North probation office"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("There is a problem"),
                                containsString("href=\"#purpose\""),
                                containsString("id=\"purpose-error\""),
                                containsString("Choose what the consent is for"),
                                containsString("value=\"North probation office\""),
                                matchesPattern("(?s).*value=\"REFUSED\"\\s+checked.*"))));
        assertThat(given.rows("client_consent")).isZero();
    }

    @Test
    void aDecisionDatedInTheFutureIsRefused() throws Exception {
        mvc.perform(consent("DIRECT_CARE", "GIVEN", "24", "11", "2026"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"decidedOn-error\""),
                                containsString("The date of the decision must be today or in the past"))));
        assertThat(given.rows("client_consent")).isZero();
    }

    @Test
    void anImpossibleDateIsReportedAtItsFieldAlongsideTheOtherProblems() throws Exception {
        mvc.perform(consent(null, "GIVEN", "31", "2", "2026"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"decidedOn-error\""),
                                containsString("The date of the decision must be a real date"),
                                containsString("value=\"31\""),
                                containsString("Choose what the consent is for"))));
        assertThat(given.rows("client_consent")).isZero();
    }

    @Test
    void aBestInterestsDecisionNeedsTheCapacityAssessed() throws Exception {
        mvc.perform(consent("GP_SHARING", "GIVEN", "3", "5", "2026", "BEST_INTERESTS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A best-interests decision needs a capacity assessment")));
        mvc.perform(consent("GP_SHARING", "GIVEN", "3", "5", "2026", "BEST_INTERESTS")
                        .param("capacityAssessed", "true"))
                .andExpect(redirectedUrl("/clients/" + given.client));
        assertThat(given.rows("client_consent")).isEqualTo(1);
    }

    @Test
    void aPersonOutsideTheCareTeamCanNeitherSeeTheFormNorRecordADecision() throws Exception {
        mvc.perform(get(page).with(as(given.outsider)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("not in the care team")));
        mvc.perform(post(page)
                        .with(as(given.outsider))
                        .with(csrf())
                        .param("purpose", "DIRECT_CARE")
                        .param("decision", "GIVEN")
                        .param("decidedOn.day", "3")
                        .param("decidedOn.month", "5")
                        .param("decidedOn.year", "2026")
                        .param("method", "VERBAL"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page)
                        .with(as(given.outsider))
                        .with(csrf())
                        .param("decidedOn.day", "31")
                        .param("decidedOn.month", "2")
                        .param("decidedOn.year", "2026"))
                .andExpect(status().isForbidden());
        assertThat(given.rows("client_consent")).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions decide(
            String purpose, String decision, String day, String month, String year) throws Exception {
        return mvc.perform(consent(purpose, decision, day, month, year))
                .andExpect(redirectedUrl("/clients/" + given.client));
    }

    private MockHttpServletRequestBuilder consent(
            String purpose, String decision, String day, String month, String year) {
        return consent(purpose, decision, day, month, year, "WRITTEN");
    }

    private MockHttpServletRequestBuilder consent(
            String purpose, String decision, String day, String month, String year, String method) {
        MockHttpServletRequestBuilder request = post(page)
                .with(as(given.worker))
                .with(csrf())
                .param("decision", decision)
                .param("decidedOn.day", day)
                .param("decidedOn.month", month)
                .param("decidedOn.year", year)
                .param("method", method);
        return purpose == null ? request : request.param("purpose", purpose);
    }

    private AccessDecision decisionFor(CurrentUser user) {
        return given.as(user, () -> access.decide(given.client));
    }
}
