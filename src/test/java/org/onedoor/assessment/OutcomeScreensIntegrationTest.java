package org.onedoor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.assessment.OutcomeFixtures.phq9;
import static org.onedoor.assessment.OutcomeFixtures.unique;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientId;
import org.onedoor.security.CurrentUser;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class OutcomeScreensIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    OutcomeEpisodes episodes;

    @Test
    void theFormOffersTheClientsEpisodesByNameWithTheOpenOneChosen() throws Exception {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Episodes"));
        assertThat(page(get("/clients/" + client + "/outcomes/new/phq9"), worker))
                .doesNotContain("name=\"episodeId\"");

        UUID open = UUID.randomUUID();
        UUID closed = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        episodes.tellAll(java.util.List.of(
                new OutcomeEpisodes.Told(
                        open, new ClientId(client), today.minusDays(20), OutcomeEpisodes.ALCOHOL, 1, null),
                new OutcomeEpisodes.Told(
                        closed,
                        new ClientId(client),
                        today.minusYears(2),
                        OutcomeEpisodes.DRUG,
                        0,
                        today.minusYears(1))));

        String form = page(get("/clients/" + client + "/outcomes/new/phq9"), worker);
        assertThat(form)
                .contains("<option value=\"" + open + "\" selected=\"selected\">Alcohol episode, care plan from")
                .contains("<option value=\"" + closed + "\">Drug episode, care plan from")
                .contains("Not linked to an episode")
                .doesNotContain("Treatment episode reference");
    }

    @Test
    void aWorkerCompletesATopWithAnImpossibleWeekFirstThenSeesItsScoresAndTrajectory() throws Exception {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Top"));
        assertThat(page(get("/clients/" + client + "/outcomes/new/top"), worker))
                .contains("Treatment Outcomes Profile (TOP)")
                .contains("Week 1")
                .contains("Total (28 days)");

        Map<String, String> answers = org.onedoor.assessment.instrument.AnswerCheckTest.top();
        answers.put("opiates.week2", "8");
        MockHttpServletRequestBuilder bad = dated(
                        post("/clients/" + client + "/outcomes/new/top"), LocalDate.now(clock))
                .param("stage", "START")
                .param("action", "final")
                .param("version", "1");
        answers.forEach(bad::param);
        String refused = page(bad, worker);
        assertThat(refused)
                .contains("There is a problem")
                .contains("href=\"#opiates.week2\"")
                .contains("Illicit opiates, week 2: must be from 0 to 7 days," + " not 8")
                .contains("id=\"opiates.week2\" name=\"opiates.week2\" value=\"8\"");
        assertThat(count(client)).isZero();

        answers.put("opiates.week2", "3");
        MockHttpServletRequestBuilder good = dated(
                        post("/clients/" + client + "/outcomes/new/top"), LocalDate.now(clock))
                .param("stage", "START")
                .param("action", "final")
                .param("version", "1");
        answers.forEach(good::param);
        String location = mvc.perform(good.with(csrf()).with(as(worker)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/clients/" + client + "/outcomes/");
        assertThat(page(get(location), worker)).contains("Opiates: days used").contains("Cannabis: days used");
        String trajectory = page(get("/clients/" + client + "/outcomes/trajectory"), worker);
        assertThat(trajectory)
                .contains("<svg")
                .contains("Opiates: days used: figures")
                .doesNotContain("Alcohol: days used: figures")
                .containsPattern("0 at every record, so not charted: [^<]*Alcohol: days used");
    }

    @Test
    void anUnknownVersionIsRefusedAboveTheFormWithTheAnswersKept() throws Exception {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Version"));
        MockHttpServletRequestBuilder post = dated(
                        post("/clients/" + client + "/outcomes/new/phq9"), LocalDate.now(clock))
                .param("stage", "START")
                .param("action", "final")
                .param("version", "9");
        phq9(11, 0).forEach(post::param);
        assertThat(page(post, worker))
                .contains("PHQ-9 has no version 9: the newest is version 1")
                .contains("Error: PHQ-9");
        assertThat(count(client)).isZero();
    }

    @Test
    void theRecordLoadsTheOutcomesSectionAndAVoidNeedsAReason() throws Exception {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("List"));
        MockHttpServletRequestBuilder post = dated(
                        post("/clients/" + client + "/outcomes/new/gad7"), LocalDate.now(clock))
                .param("stage", "START")
                .param("action", "final");
        phq9(10, 0).forEach(post::param);
        String location = mvc.perform(post.with(csrf()).with(as(worker)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(get("/clients/" + client), worker)).contains("hx-get=\"/clients/" + client + "/outcomes\"");
        assertThat(page(get("/clients/" + client + "/outcomes").header("HX-Request", "true"), worker))
                .contains("GAD-7 (start)")
                .contains("GAD-7 total: 10 (moderate)")
                .doesNotContain("<html");
        assertThat(page(post(location + "/void").param("reason", ""), worker))
                .contains("Enter why the record is" + " being voided");
        mvc.perform(post(location + "/void")
                .param("reason", "Wrong client")
                .with(csrf())
                .with(as(worker)));
        assertThat(page(get("/clients/" + client + "/outcomes"), worker)).contains("Voided");
    }

    private long count(UUID client) {
        return jdbc.sql("select count(*) from assessment_outcome_record where client_id = ?")
                .param(client)
                .query(Long.class)
                .single();
    }

    private String page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.with(csrf()).with(as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, LocalDate day) {
        return request.param("doneOn.day", String.valueOf(day.getDayOfMonth()))
                .param("doneOn.month", String.valueOf(day.getMonthValue()))
                .param("doneOn.year", String.valueOf(day.getYear()));
    }
}
