package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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
import org.onedoor.security.CurrentUser;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class AlertFormIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRecords records;

    @Autowired
    Alerts alerts;

    @Autowired
    Sealing sealing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientFixtures fixtures;

    private ChangeFormFixtures given;
    private String page;

    @BeforeEach
    void aClient() {
        given = fixtures.aClientOfALeadProvider();
        page = "/clients/" + given.client + "/alerts/new";
    }

    @Test
    void aWorkerRaisesAnAlertThatShowsOnTheRecord() throws Exception {
        mvc.perform(get(page).with(as(given.worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Raise an alert"),
                                containsString(given.reference()),
                                containsString("Risk to staff"),
                                containsString("href=\"/clients/" + given.client + "\""))));
        mvc.perform(alert(given.worker, "RISK_TO_STAFF", "Has threatened staff; see in pairs", "20")
                        .param("sealAs", "NONE"))
                .andExpect(redirectedUrl("/clients/" + given.client))
                .andExpect(flash().attribute("flash", "Alert raised: Risk to staff"));
        assertThat(visibleAlerts(given.worker))
                .extracting(AlertEntry::description)
                .containsExactly("Has threatened staff; see in pairs");
    }

    @Test
    void aManagerSealsWithTheSealsTheirRoleSeesAndOthersDoNotSeeTheAlert() throws Exception {
        mvc.perform(get(page).with(as(given.manager)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Seal this entry"),
                                containsString("Blood-borne virus status"),
                                containsString("Do not seal"))));
        mvc.perform(alert(given.manager, "BLOOD_BORNE_VIRUS", "Hepatitis C positive", "20")
                        .param("sealAs", "BLOOD_BORNE_VIRUS"))
                .andExpect(redirectedUrl("/clients/" + given.client));
        assertThat(visibleAlerts(given.manager)).hasSize(1);
        assertThat(visibleAlerts(given.worker)).isEmpty();
    }

    @Test
    void onlyTheSealsTheRoleSeesAreOffered() throws Exception {
        for (SealedCategory seal : SealedCategory.values()) {
            String offered = "(?s).*name=\"sealAs\"\\s+value=\"" + seal.name() + "\".*";
            mvc.perform(get(page).with(as(given.worker)))
                    .andExpect(content()
                            .string(
                                    sealing.sees(given.worker, seal)
                                            ? matchesPattern(offered)
                                            : not(matchesPattern(offered))));
        }
    }

    @Test
    void sealingWithASealTheRoleCannotSeeIsRefusedAtTheField() throws Exception {
        assertThat(sealing.sees(given.worker, SealedCategory.BLOOD_BORNE_VIRUS)).isFalse();
        mvc.perform(alert(given.worker, "BLOOD_BORNE_VIRUS", "Hepatitis C positive", "20")
                        .param("sealAs", "BLOOD_BORNE_VIRUS"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"sealAs-error\""),
                                containsString("Your role cannot see entries sealed as blood-borne virus status"),
                                containsString("Hepatitis C positive"))));
        assertThat(given.rows("client_alert")).isZero();
    }

    @Test
    void missingKindFutureAndImpossibleDatesAreShownAtTheirFields() throws Exception {
        mvc.perform(alert(given.worker, null, "Left a needle in the waiting room", "24"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choose the kind of alert"),
                                containsString("id=\"raisedOn-error\""),
                                containsString("The date must be today or in the past"))));
        mvc.perform(post(page)
                        .with(as(given.worker))
                        .with(csrf())
                        .param("category", "MEDICAL")
                        .param("raisedOn.day", "31")
                        .param("raisedOn.month", "2")
                        .param("raisedOn.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("must be a real date"), containsString("Describe the alert"))));
        assertThat(given.rows("client_alert")).isZero();
    }

    @Test
    void removingAnAlertNeedsAReasonAndKeepsItInTheDatabase() throws Exception {
        UUID alert = given.as(
                given.worker,
                () -> alerts.raise(
                        given.client,
                        AlertCategory.MEDICAL,
                        "Epileptic: seizures possible",
                        ChangeFormFixtures.MEMBER_FROM,
                        null));
        String remove = "/clients/" + given.client + "/alerts/" + alert + "/void";
        mvc.perform(get(remove).with(as(given.worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Remove an alert"),
                                containsString("Epileptic: seizures possible"),
                                containsString(given.reference()))));
        mvc.perform(post(remove).with(as(given.worker)).with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"reason-error\""),
                                containsString("Give the reason for removing the alert"))));
        assertThat(visibleAlerts(given.worker)).hasSize(1);

        mvc.perform(post(remove).with(as(given.worker)).with(csrf()).param("reason", "Raised on the wrong record"))
                .andExpect(redirectedUrl("/clients/" + given.client));
        assertThat(visibleAlerts(given.worker)).isEmpty();
        assertThat(jdbc.sql("select void_reason from client_alert where id = ?")
                        .param(alert)
                        .query(String.class)
                        .single())
                .isEqualTo("Raised on the wrong record");
        mvc.perform(get(remove).with(as(given.worker))).andExpect(status().isNotFound());
    }

    @Test
    void aPersonOutsideTheCareTeamCanNeitherRaiseNorRemove() throws Exception {
        UUID alert = given.as(
                given.worker,
                () -> alerts.raise(
                        given.client, AlertCategory.MEDICAL, "Diabetic", ChangeFormFixtures.MEMBER_FROM, null));
        mvc.perform(get(page).with(as(given.outsider))).andExpect(status().isForbidden());
        mvc.perform(alert(given.outsider, "MEDICAL", "Not theirs to say", "20")).andExpect(status().isForbidden());
        String remove = "/clients/" + given.client + "/alerts/" + alert + "/void";
        mvc.perform(get(remove).with(as(given.outsider)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Diabetic"))));
        mvc.perform(post(remove).with(as(given.outsider)).with(csrf()).param("reason", "Because"))
                .andExpect(status().isForbidden());
        assertThat(given.rows("client_alert")).isEqualTo(1);
        assertThat(visibleAlerts(given.worker)).hasSize(1);
    }

    private MockHttpServletRequestBuilder alert(CurrentUser by, String category, String description, String day) {
        MockHttpServletRequestBuilder request = post(page)
                .with(as(by))
                .with(csrf())
                .param("description", description)
                .param("raisedOn.day", day)
                .param("raisedOn.month", "11")
                .param("raisedOn.year", "2026");
        return category == null ? request : request.param("category", category);
    }

    private java.util.List<AlertEntry> visibleAlerts(CurrentUser viewer) {
        return given.as(viewer, () -> records.open(given.client)).alerts();
    }
}
