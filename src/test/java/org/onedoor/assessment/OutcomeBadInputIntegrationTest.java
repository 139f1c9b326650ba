package org.onedoor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.assessment.OutcomeFixtures.phq9;
import static org.onedoor.assessment.OutcomeFixtures.unique;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.instrument.AnswerCheckTest;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.FieldProblems;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The bad input of issue 16 not covered item by item elsewhere: each gets a message at its item, the person's answers
 * are kept, and nothing is saved; a draft is never in {@code report_outcome}, so never counted or paid for.
 */
@IntegrationTest
class OutcomeBadInputIntegrationTest {

    @Autowired
    OutcomeRecording recording;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void aReviewDatedInTheFutureIsRefusedAtItsDateAndNothingIsSaved() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Future"));
        UUID episode = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        record(worker, client, new NewOutcome("phq9", null, "START", today.minusDays(200), episode, phq9(9, 0), false));

        assertThatThrownBy(() -> record(
                        worker,
                        client,
                        new NewOutcome("phq9", null, "REVIEW", today.plusDays(1), episode, phq9(6, 0), false)))
                .isInstanceOfSatisfying(
                        FieldProblems.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(p -> {
                                    assertThat(p.field()).isEqualTo("doneOn");
                                    assertThat(p.code()).isEqualTo("DATE_IN_FUTURE");
                                }));
        assertThat(records(client)).isEqualTo(1);
    }

    @Test
    void aDraftIsNeverInReportOutcomeSoItIsNeverCountedOrPaidForUntilItIsCompleted() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Draft"));
        UUID episode = UUID.randomUUID();
        Recorded draft = record(
                worker,
                client,
                new NewOutcome(
                        "top", null, "START", LocalDate.now(clock), episode, Map.of("opiates.week1", "3"), true));
        assertThat(reported(client)).isZero();

        currentUsers.actingAs(
                worker,
                () -> recording.completeDraft(
                        client,
                        draft.id(),
                        new NewOutcome(
                                "top", null, "START", LocalDate.now(clock), episode, AnswerCheckTest.top(), false)));
        assertThat(reported(client)).isEqualTo(1);
    }

    @Test
    void aRatingOf21AndATotalThatIsNotItsWeeksAreShownAtTheirItemsWithEveryAnswerKept() throws Exception {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Rating"));
        Map<String, String> answers = AnswerCheckTest.top();
        answers.put("quality_of_life", "21");
        answers.put("cannabis.total", "5");
        answers.put("psychological_health", "13");
        LocalDate today = LocalDate.now(clock);
        MockHttpServletRequestBuilder post = post("/clients/" + client + "/outcomes/new/top")
                .param("stage", "START")
                .param("action", "final")
                .param("version", "1")
                .param("doneOn.day", String.valueOf(today.getDayOfMonth()))
                .param("doneOn.month", String.valueOf(today.getMonthValue()))
                .param("doneOn.year", String.valueOf(today.getYear()));
        answers.forEach(post::param);

        String page = mvc.perform(post.with(csrf()).with(as(worker)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("There is a problem")
                .contains("href=\"#quality_of_life\"")
                .contains("Overall quality of life (0 poor, 20 good): must be from 0 to 20, not 21")
                .contains("href=\"#cannabis.total\"")
                .contains("Cannabis: the 28-day total (5) must equal the four weeks added up (4)")
                .containsPattern("name=\"quality_of_life\"\\s+value=\"21\"")
                .containsPattern("name=\"psychological_health\"\\s+value=\"13\"")
                .containsPattern("name=\"cannabis.total\"\\s+value=\"5\"");
        assertThat(records(client)).isZero();
    }

    private Recorded record(CurrentUser worker, UUID client, NewOutcome outcome) {
        return currentUsers.actingAs(worker, () -> recording.record(client, outcome));
    }

    private long records(UUID client) {
        return jdbc.sql("select count(*) from assessment_outcome_record where client_id = ?")
                .param(client)
                .query(Long.class)
                .single();
    }

    private long reported(UUID client) {
        return jdbc.sql("select count(*) from report_outcome where client_key = ?")
                .param(client)
                .query(Long.class)
                .single();
    }
}
