package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A goal the client chose in a holistic assessment goes to the care plan in one step: the button on assessment's
 * page posts to treatment, which reads the goal from the record itself, adds it once, audits it and confirms it.
 */
@IntegrationTest
@Import(TreatmentFixtures.class)
class HolisticGoalIntegrationTest {

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    OutcomeRecording recording;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void aGoalIsAddedToTheOpenEpisodesCarePlanOnceWithAConfirmationAndAnAuditEntry() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(20), today.minusDays(14));
        UUID record = holistic(worker, client, "Find a flat near my sister's", "Be in touch with one friend a week");

        assertThat(page(get("/clients/" + client + "/outcomes/" + record), worker))
                .contains("Goals the client chose")
                .contains("Find a flat near my sister&#39;s")
                .contains("Add to care plan");
        long audits = audits(client);

        MvcResult sent = mvc.perform(post("/clients/" + client + "/care-plan/goals-from-assessment")
                        .param("record", record.toString())
                        .param("item", "social_goal")
                        .with(csrf())
                        .with(as(worker)))
                .andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).startsWith("/episodes/" + episode + "/care-plan#goal-");
        assertThat(String.valueOf(sent.getFlashMap().get("flash")))
                .startsWith("Goal from the holistic assessment added to the care plan, with a target date of "
                        + today.plusWeeks(12).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")));
        assertThat(jdbc.sql("select domain, goal_text, target_date, source_item from treatment_care_plan_goal"
                                + " where episode_id = ?")
                        .param(episode)
                        .query((rs, n) -> List.of(
                                rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                        .list())
                .containsExactly(List.of(
                        "SOCIAL_NETWORK", "Be in touch with one friend a week", today.plusWeeks(12), "social_goal"));
        assertThat(jdbc.sql("select care_plan_started_on from treatment_episode where id = ?")
                        .param(episode)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today);
        assertThat(audits(client)).isGreaterThan(audits);
        assertThat(page(get("/episodes/" + episode + "/care-plan"), worker))
                .contains("Be in touch with one friend a week");

        assertThat(send(worker, client, record, "social_goal").getContentAsString(StandardCharsets.UTF_8))
                .contains("This goal is already in the care plan");
        assertThat(send(worker, client, record, "money_goal").getContentAsString(StandardCharsets.UTF_8))
                .contains("This holistic assessment has no such goal to send");
        assertThat(send(worker, client, record, "housing_rating").getContentAsString(StandardCharsets.UTF_8))
                .contains("This holistic assessment has no such goal to send");
        assertThat(goals(episode)).isEqualTo(1);
    }

    @Test
    void withoutAnOpenEpisodeOrOutsideTheCareTeamNothingIsAdded() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        UUID record = holistic(worker, client, "Keep my tenancy", null);

        assertThat(send(worker, client, record, "housing_goal").getContentAsString(StandardCharsets.UTF_8))
                .contains("The client has no open treatment episode");

        CurrentUser stranger = TreatmentFixtures.worker(fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        assertThat(send(stranger, client, record, "housing_goal").getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from treatment_care_plan_goal where client_id = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private UUID holistic(
            CurrentUser worker, UUID client, String housingGoal, @org.jspecify.annotations.Nullable String socialGoal) {
        Map<String, String> answers = new HashMap<>();
        for (String area : List.of(
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
            answers.put(area + "_rating", "6");
        }
        answers.put("housing_goal", housingGoal);
        if (socialGoal != null) {
            answers.put("social_goal", socialGoal);
        }
        return currentUsers
                .actingAs(
                        worker,
                        () -> recording.record(
                                client,
                                new NewOutcome("holistic", null, "START", LocalDate.now(clock), null, answers, false)))
                .id();
    }

    private MockHttpServletResponse send(CurrentUser user, UUID client, UUID record, String item) throws Exception {
        return mvc.perform(post("/clients/" + client + "/care-plan/goals-from-assessment")
                        .param("record", record.toString())
                        .param("item", item)
                        .with(csrf())
                        .with(as(user)))
                .andReturn()
                .getResponse();
    }

    private long goals(UUID episode) {
        return jdbc.sql("select count(*) from treatment_care_plan_goal where episode_id = ?")
                .param(episode)
                .query(Long.class)
                .single();
    }

    private long audits(UUID client) {
        return jdbc.sql("select count(*) from audit_access_log where subject_id = ?")
                .param(client)
                .query(Long.class)
                .single();
    }

    private String page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.with(as(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
