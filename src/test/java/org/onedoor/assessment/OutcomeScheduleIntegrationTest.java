package org.onedoor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.assessment.OutcomeFixtures.phq9;
import static org.onedoor.assessment.OutcomeFixtures.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientId;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The due rules of {@code report_outcome_due} at their boundaries, with the default settings: the start window
 * (28 days from the care-plan start), the review six months on within six weeks either side, and PHQ-9/GAD-7 reviews
 * only after a start total of mild (5) or worse.
 */
@IntegrationTest
class OutcomeScheduleIntegrationTest {

    @Autowired
    OutcomeSchedule schedule;

    @Autowired
    OutcomeEpisodes episodes;

    @Autowired
    OutcomeRecording recording;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MutableClock clock;

    @Test
    void startRecordsAreDueFromTheCarePlanStartAndOverdueAfterTheWindow() {
        UUID client = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        LocalDate carePlan = LocalDate.of(2026, 3, 2);
        episodes.tellAll(List.of(
                new OutcomeEpisodes.Told(episode, new ClientId(client), carePlan, OutcomeEpisodes.DRUG, 1, null)));

        assertThat(schedule.due(List.of(episode), carePlan.minusDays(1))).isEmpty();
        List<OutcomeDue> due = schedule.due(List.of(episode), carePlan);
        assertThat(due)
                .extracting(OutcomeDue::label)
                .containsExactlyInAnyOrder("Start TOP", "Start PHQ-9", "Start GAD-7");
        assertThat(due).allSatisfy(d -> {
            assertThat(d.dueBy()).isEqualTo(carePlan.plusDays(28));
            assertThat(d.overdue(carePlan.plusDays(28)))
                    .as("the window's last day")
                    .isFalse();
            assertThat(d.overdue(carePlan.plusDays(29))).isTrue();
        });
        episodes.tellAll(List.of(
                new OutcomeEpisodes.Told(episode, new ClientId(client), carePlan, OutcomeEpisodes.ALCOHOL, 1, null)));
        assertThat(schedule.due(List.of(episode), carePlan))
                .extracting(OutcomeDue::label)
                .contains("Start AOR")
                .doesNotContain("Start TOP");
    }

    @Test
    void reviewsAreDueSixMonthsOnWithinSixWeeksAndMoodOnlyAfterAMildStart() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Due"));
        UUID episode = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        LocalDate carePlan = today.minusDays(20);
        LocalDate started = today.minusDays(10);
        episodes.tell(episode, client, carePlan, 1, null);
        record(worker, client, "phq9", "START", started, episode, 5);
        record(worker, client, "gad7", "START", started, null, 4);

        LocalDate target = started.plusMonths(6);
        assertThat(schedule.due(List.of(episode), target.minusDays(43)))
                .extracting(OutcomeDue::label)
                .containsExactly("Start TOP");
        List<OutcomeDue> due = schedule.due(List.of(episode), target.minusDays(42));
        assertThat(due).extracting(OutcomeDue::label).containsExactlyInAnyOrder("Start TOP", "Review PHQ-9");
        OutcomeDue review = due.stream()
                .filter(d -> d.label().equals("Review PHQ-9"))
                .findFirst()
                .orElseThrow();
        assertThat(review.dueOn()).isEqualTo(target);
        assertThat(review.dueBy()).isEqualTo(target.plusDays(42));
        assertThat(review.overdue(target.plusDays(42))).isFalse();
        assertThat(review.overdue(target.plusDays(43))).isTrue();
        assertThat(schedule.due(List.of(episode), target.plusYears(1)))
                .extracting(OutcomeDue::label)
                .as("GAD-7 started minimal (4), so it is not reviewed; unlinked records count")
                .doesNotContain("Start GAD-7", "Review GAD-7");

        record(worker, client, "phq9", "REVIEW", today, episode, 2);
        assertThat(schedule.due(List.of(episode), today.plusMonths(6)))
                .extracting(OutcomeDue::dueOn)
                .as("the next review is six months after the latest")
                .contains(today.plusMonths(6));
    }

    @Test
    void anExitIsDueAtDischargeUntilItIsRecorded() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Exit"));
        UUID episode = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        episodes.tell(episode, client, today.minusDays(90), 0, null);
        assertThat(schedule.missingExit(episode)).isEqualTo("TOP");
        episodes.tell(episode, client, today.minusDays(90), 0, today);
        assertThat(schedule.due(List.of(episode), today))
                .extracting(OutcomeDue::label)
                .containsExactly("Exit TOP");
        assertThat(schedule.missingExit(UUID.randomUUID())).as("never told").isNull();
    }

    private void record(
            CurrentUser worker, UUID client, String instrument, String stage, LocalDate on, UUID episode, int total) {
        currentUsers.actingAs(
                worker,
                () -> recording.record(
                        client,
                        new NewOutcome(
                                instrument,
                                null,
                                stage,
                                on,
                                episode,
                                instrument.equals("gad7") ? gad7(total) : phq9(total, 0),
                                false)));
    }

    private static java.util.Map<String, String> gad7(int total) {
        java.util.Map<String, String> answers = new java.util.HashMap<>(phq9(total, 0));
        answers.remove("item8");
        answers.remove("item9");
        return answers;
    }
}
