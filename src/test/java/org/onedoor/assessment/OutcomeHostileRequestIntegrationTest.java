package org.onedoor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.assessment.OutcomeFixtures.unique;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Requests no page of OneDoor sends, made to the outcome screens by a browser: a malformed id in the address, a
 * parameter missing, a method the route does not take, a period no database can hold. Each is a GOV.UK error page
 * with a 4xx status, never the framework's JSON, a stack trace or a 5xx.
 */
@IntegrationTest
class OutcomeHostileRequestIntegrationTest {

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    OutcomeRecording recording;

    @Autowired
    org.onedoor.security.CurrentUsers currentUsers;

    @Autowired
    org.onedoor.testsupport.MutableClock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aMalformedIdInTheAddressIsThePageNotFoundPage() throws Exception {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Hostile"));

        for (String path : new String[] {
            "/clients/not-a-uuid/outcomes",
            "/clients/not-a-uuid/outcomes/trajectory",
            "/clients/" + client + "/outcomes/not-a-uuid",
            "/clients/zzz/harm-reduction/bbv-status"
        }) {
            assertPage(send(get(path), worker), 404, "Page not found");
        }
        assertPage(
                send(post("/clients/" + client + "/outcomes/not-a-uuid/void").param("reason", "x"), worker),
                404,
                "Page not found");
    }

    @Test
    void aMissingOrMalformedParameterOrAMethodNotTakenIsTheRequestErrorPage() throws Exception {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Hostile"));
        String goal = "/clients/" + client + "/care-plan/goals-from-assessment";

        assertPage(send(post(goal), worker), 400, "That request could not be handled");
        assertPage(send(post(goal).param("record", "zzz"), worker), 404, "Page not found");
        assertPage(send(get(goal), worker), 405, "That request could not be handled");
        assertPage(
                send(get("/clients/" + client + "/harm-reduction/bbv/" + UUID.randomUUID() + "/void"), worker),
                405,
                "That request could not be handled");
    }

    @Test
    void aVoidedRecordIsNotVoidedAgainNorSentToTheCarePlan() throws Exception {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Voided"));
        java.util.Map<String, String> answers = new java.util.HashMap<>();
        for (String area : java.util.List.of(
                "housing",
                "money",
                "transport",
                "food",
                "social",
                "work",
                "family",
                "physical",
                "mental",
                "substances")) {
            answers.put(area + "_rating", "5");
        }
        answers.put("housing_goal", "Keep my tenancy");
        UUID record = currentUsers
                .actingAs(
                        worker,
                        () -> recording.record(
                                client,
                                new NewOutcome(
                                        "holistic",
                                        null,
                                        "START",
                                        java.time.LocalDate.now(clock),
                                        null,
                                        answers,
                                        false)))
                .id();
        currentUsers.actingAs(worker, () -> {
            recording.voidRecord(client, record, "Entered for the wrong client");
            return null;
        });

        MockHttpServletResponse again = send(
                post("/clients/" + client + "/outcomes/" + record + "/void").param("reason", "Again"), worker);
        assertThat(again.getStatus()).isBetween(400, 499);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("This record is already voided");
        MockHttpServletResponse goal = send(
                post("/clients/" + client + "/care-plan/goals-from-assessment")
                        .param("record", record.toString())
                        .param("item", "housing_goal"),
                worker);
        assertThat(goal.getContentAsString(StandardCharsets.UTF_8))
                .contains("This holistic assessment has no such goal to send");
        assertThat(jdbc.sql("select void_reason from assessment_outcome_record where id = ?")
                        .param(record)
                        .query(String.class)
                        .single())
                .isEqualTo("Entered for the wrong client");
        assertThat(jdbc.sql("select count(*) from treatment_care_plan_goal where client_id = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anApiCallerStillGetsProblemDetailsForAMethodNotTaken() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
            put("/outcomes/cohorts.json").accept(MediaType.APPLICATION_JSON), put("/outcomes/cohorts.json")
        }) {
            MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(as(fixtures.worker())))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(405);
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aPeriodNoDatabaseCanHoldIsRefusedAtItsField() throws Exception {
        CurrentUser commissioner = new CurrentUser(
                UUID.randomUUID(),
                "hostile-commissioner",
                "Commissioner",
                UUID.randomUUID(),
                Set.of(Role.COMMISSIONER));

        MockHttpServletResponse page = send(get("/outcomes/cohorts?from=-999999999-01-01"), commissioner);
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("govuk-error-summary")
                .contains("href=\"#from\"");
        MockHttpServletResponse json = mvc.perform(get("/outcomes/cohorts.json?to=%2B99999-01-01")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(as(commissioner)))
                .andReturn()
                .getResponse();
        assertThat(json.getStatus()).isEqualTo(400);
        assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains("\"to\"");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML)
                        .with(csrf())
                        .with(as(user)))
                .andReturn()
                .getResponse();
    }

    private static void assertPage(MockHttpServletResponse response, int status, String heading) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(body).contains("<h1 class=\"govuk-heading-xl\">" + heading).doesNotContain("Failed to convert");
        assertThat(response.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
    }
}
