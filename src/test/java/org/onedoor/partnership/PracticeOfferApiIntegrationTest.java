package org.onedoor.partnership;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.onedoor.shared.OdsCode;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PracticeOfferApiIntegrationTest {

    static final String GROUP_WORK = "GROUP_WORK_HOSTING";

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    PracticeMenu menu;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    Clock clock;

    @Test
    void listsPracticesOfferingOnTheDateWithTheirPlacesLeft() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ods = practiceOffering(new OfferTerms(GROUP_WORK, "MEDICINES", today, null, 4));
        UUID practiceId = directory.practice(new OdsCode(ods)).orElseThrow().id();

        mvc.perform(get("/api/v1/practice-offers")
                        .param("intervention", GROUP_WORK)
                        .param("substanceGroup", "MEDICINES")
                        .accept(MediaType.APPLICATION_JSON)
                        .session(signIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intervention").value(GROUP_WORK))
                .andExpect(jsonPath("$.substanceGroup").value("MEDICINES"))
                .andExpect(jsonPath("$.date").value(today.toString()))
                .andExpect(jsonPath("$.totalItems").isNumber())
                .andExpect(jsonPath("$.items[?(@.odsCode == '" + ods + "')].practiceId")
                        .value(practiceId.toString()))
                .andExpect(jsonPath("$.items[?(@.odsCode == '" + ods + "')].practiceName")
                        .value("Menu Test Surgery " + ods))
                .andExpect(jsonPath("$.items[?(@.odsCode == '" + ods + "')].monthlyCapacity")
                        .value(4))
                .andExpect(jsonPath("$.items[?(@.odsCode == '" + ods + "')].heldThisMonth")
                        .value(0))
                .andExpect(jsonPath("$.items[?(@.odsCode == '" + ods + "')].remaining")
                        .value(4))
                .andExpect(jsonPath("$.items[?(@.odsCode == '" + ods + "')].hasCapacity")
                        .value(true));
    }

    @Test
    void leavesOutOffersNotYetInForceOnTheDate() throws Exception {
        LocalDate start = LocalDate.now(clock).plusMonths(2);
        String ods = practiceOffering(new OfferTerms(GROUP_WORK, "CANNABIS", start, null, null));
        MockHttpSession session = signIn();

        mvc.perform(get("/api/v1/practice-offers")
                        .param("intervention", GROUP_WORK)
                        .param("substanceGroup", "CANNABIS")
                        .param("date", start.minusDays(1).toString())
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].odsCode", not(hasItem(ods))));
        mvc.perform(get("/api/v1/practice-offers")
                        .param("intervention", GROUP_WORK)
                        .param("substanceGroup", "CANNABIS")
                        .param("date", start.toString())
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(start.toString()))
                .andExpect(jsonPath("$.items[*].odsCode", hasItem(ods)))
                .andExpect(jsonPath("$.items[?(@.odsCode == '" + ods + "')].hasCapacity")
                        .value(true));
    }

    @Test
    void unknownSubstanceGroupIsBadInputNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/practice-offers")
                        .param("intervention", GROUP_WORK)
                        .param("substanceGroup", "CHOCOLATE")
                        .session(signIn()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNKNOWN_SUBSTANCE_GROUP"))
                .andExpect(jsonPath("$.errors[0].field").value("substanceGroup"));
    }

    @Test
    void missingInterventionIsBadRequest() throws Exception {
        mvc.perform(get("/api/v1/practice-offers")
                        .param("substanceGroup", "ALCOHOL")
                        .session(signIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("intervention"));
    }

    @Test
    void malformedDateIsBadRequest() throws Exception {
        mvc.perform(get("/api/v1/practice-offers")
                        .param("intervention", GROUP_WORK)
                        .param("substanceGroup", "ALCOHOL")
                        .param("date", "23/11/2026")
                        .session(signIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.paths['/api/v1/practice-offers'].get.parameters[*].name", hasItem("substanceGroup")));
    }

    private String practiceOffering(OfferTerms terms) {
        PracticeMenuIntegrationTest.Practice practice = fixtures().practice();
        fixtures().asAdmin(() -> menu.addOffer(new OdsCode(practice.ods()), terms));
        return practice.ods();
    }

    private MockHttpSession signIn() throws Exception {
        return fixtures().signIn(fixtures().practice(), Role.SPOC_WORKER);
    }

    private PracticeMenuIntegrationTest.Fixtures fixtures() {
        return new PracticeMenuIntegrationTest.Fixtures(mvc, directory, accounts, currentUsers);
    }
}
