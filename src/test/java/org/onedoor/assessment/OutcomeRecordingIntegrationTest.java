package org.onedoor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.assessment.OutcomeFixtures.phq9;
import static org.onedoor.assessment.OutcomeFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.instrument.Score;
import org.onedoor.client.ClientAccessRefused;
import org.onedoor.client.spi.SubjectAccessSection;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.FieldProblems;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class OutcomeRecordingIntegrationTest {

    @Autowired
    OutcomeRecording recording;

    @Autowired
    OutcomeReading reading;

    @Autowired
    OutcomeEpisodes episodes;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    List<SubjectAccessSection> sections;

    @Test
    void aFinalPhq9IsScoredBandedPutOnTheTimelineAndAudited() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Score"));
        LocalDate today = LocalDate.now(clock);
        Recorded recorded = as(
                worker,
                () -> recording.record(
                        client, new NewOutcome("phq9", null, "START", today.minusDays(2), null, phq9(12, 0), false)));

        assertThat(recorded.scores())
                .containsExactly(new Score("total", "PHQ-9 total", new BigDecimal("12"), "moderate"));
        assertThat(recorded.riskAlertsRaised()).isZero();
        assertThat(jdbc.sql("select summary from client_timeline where client_id = ? and source_id = ?")
                        .params(client, recorded.id())
                        .query(String.class)
                        .single())
                .isEqualTo("PHQ-9 (start) recorded: 12, moderate");
        assertThat(jdbc.sql(
                                "select count(*) from audit_access_log where subject_id = ? and detail like 'Outcome record:%'")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        OutcomeDetail detail = as(worker, () -> reading.one(client, recorded.id()));
        assertThat(detail.summary().version()).isEqualTo(1);
        assertThat(detail.answers()).containsEntry("item1", "3").containsEntry("item9", "0");
    }

    @Test
    void badAnswersAreRefusedItemByItemAndNothingIsSaved() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Bad"));
        Map<String, String> answers = new HashMap<>(phq9(9, 0));
        answers.put("item4", "4");
        assertThatThrownBy(() -> as(
                        worker,
                        () -> recording.record(
                                client,
                                new NewOutcome(
                                        "phq9",
                                        null,
                                        "START",
                                        LocalDate.now(clock).plusDays(1),
                                        null,
                                        answers,
                                        false))))
                .isInstanceOfSatisfying(
                        FieldProblems.class,
                        refused -> assertThat(refused.problems())
                                .extracting(p -> p.field())
                                .containsExactly("item4", "doneOn"));
        assertThatThrownBy(() -> as(
                        worker,
                        () -> recording.record(
                                client,
                                new NewOutcome("phq9", 7, "START", LocalDate.now(clock), null, phq9(3, 0), false))))
                .isInstanceOfSatisfying(
                        FieldProblems.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.message())
                                        .isEqualTo("PHQ-9 has no version 7: the newest is version 1")));
        assertThat(count(client)).isZero();
    }

    @Test
    void aReviewBeforeTheStartAndASecondStartInTheEpisodeAreRefused() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Review"));
        UUID episode = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        as(
                worker,
                () -> recording.record(
                        client,
                        new NewOutcome("gad7", null, "START", today.minusDays(30), episode, phq9(9, 0), false)));
        assertThatThrownBy(() -> as(
                        worker,
                        () -> recording.record(
                                client,
                                new NewOutcome(
                                        "gad7", null, "REVIEW", today.minusDays(31), episode, phq9(6, 0), false))))
                .isInstanceOfSatisfying(
                        FieldProblems.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.code()).isEqualTo("BEFORE_START")));
        assertThatThrownBy(() -> as(
                        worker,
                        () -> recording.record(
                                client, new NewOutcome("gad7", null, "START", today, episode, phq9(6, 0), false))))
                .isInstanceOfSatisfying(
                        FieldProblems.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.code()).isEqualTo("SECOND_START")));
        assertThat(count(client)).isEqualTo(1);
    }

    @Test
    void anExitWhileTreatmentSaysInterventionsAreOpenIsRefused() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Exit"));
        UUID episode = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        episodes.tell(episode, client, today.minusDays(60), 2, null);
        NewOutcome exit = new NewOutcome("phq9", null, "EXIT", today, episode, phq9(3, 0), false);
        assertThatThrownBy(() -> as(worker, () -> recording.record(client, exit)))
                .isInstanceOfSatisfying(
                        FieldProblems.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.code()).isEqualTo("INTERVENTIONS_OPEN")));
        episodes.tell(episode, client, today.minusDays(60), 0, today);
        assertThat(as(worker, () -> recording.record(client, exit)).scores()).hasSize(1);
    }

    @Test
    void aDraftIsNeverScoredUntilItIsCompleted() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Draft"));
        Recorded draft = as(
                worker,
                () -> recording.record(
                        client, new NewOutcome("phq9", null, null, null, null, Map.of("item1", "2"), true)));
        assertThat(draft.scores()).isEmpty();
        assertThat(scores(draft.id())).isZero();
        assertThat(as(worker, () -> reading.trajectory(client)).series()).isEmpty();

        Recorded done = as(
                worker,
                () -> recording.completeDraft(
                        client,
                        draft.id(),
                        new NewOutcome("phq9", null, "START", LocalDate.now(clock), null, phq9(20, 0), false)));
        assertThat(done.id()).isEqualTo(draft.id());
        assertThat(scores(draft.id())).isEqualTo(1);
        assertThat(as(worker, () -> reading.trajectory(client)).of("phq9"))
                .singleElement()
                .satisfies(series -> assertThat(series.points())
                        .singleElement()
                        .satisfies(point -> assertThat(point.band()).isEqualTo("severe")));
    }

    @Test
    void aRecordEnteredInErrorIsVoidedWithAReasonAndEnteredAgain() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Void"));
        LocalDate today = LocalDate.now(clock);
        UUID episode = UUID.randomUUID();
        Recorded wrong = as(
                worker,
                () -> recording.record(
                        client, new NewOutcome("phq9", null, "START", today, episode, phq9(5, 0), false)));
        assertThatThrownBy(() -> as(worker, () -> {
                    recording.voidRecord(client, wrong.id(), " ");
                    return null;
                }))
                .isInstanceOf(FieldProblems.class);
        as(worker, () -> {
            recording.voidRecord(client, wrong.id(), "Entered for the wrong client");
            return null;
        });
        as(
                worker,
                () -> recording.record(
                        client, new NewOutcome("phq9", null, "START", today, episode, phq9(15, 0), false)));

        List<OutcomeSummary> records = as(worker, () -> reading.forClient(client));
        assertThat(records)
                .extracting(OutcomeSummary::status)
                .containsExactlyInAnyOrder(OutcomeStatus.VOIDED, OutcomeStatus.FINAL);
        assertThat(records)
                .filteredOn(r -> r.status() == OutcomeStatus.VOIDED)
                .singleElement()
                .satisfies(r -> assertThat(r.voidReason()).isEqualTo("Entered for the wrong client"));
        assertThat(as(worker, () -> reading.trajectory(client))
                        .of("phq9")
                        .get(0)
                        .points())
                .extracting(Trajectory.Point::value)
                .containsExactly(new BigDecimal("15.00"));
    }

    @Test
    void outcomeRecordsAreInTheSubjectAccessExport() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Export"));
        as(
                worker,
                () -> recording.record(
                        client, new NewOutcome("gad7", null, "START", LocalDate.now(clock), null, phq9(7, 0), false)));
        SubjectAccessSection section = sections.stream()
                .filter(s -> s instanceof OutcomeSubjectAccess)
                .findFirst()
                .orElseThrow();
        assertThat(section.items(Set.of(client)))
                .singleElement()
                .satisfies(item -> assertThat(item.toString())
                        .contains("GAD-7 total: 7.00 (mild)")
                        .contains("item1 = 3"));
    }

    @Test
    void onlyThoseWhoMayOpenTheClientRecordOrReadOutcomes() {
        CurrentUser worker = fixtures.worker();
        CurrentUser stranger = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Private"));
        assertThatThrownBy(() -> as(
                        stranger,
                        () -> recording.record(
                                client,
                                new NewOutcome("phq9", null, "START", LocalDate.now(clock), null, phq9(3, 0), false))))
                .isInstanceOf(ClientAccessRefused.class);
        assertThatThrownBy(() -> as(stranger, () -> reading.forClient(client))).isInstanceOf(ClientAccessRefused.class);
        assertThat(count(client)).isZero();
    }

    private long count(UUID client) {
        return jdbc.sql("select count(*) from assessment_outcome_record where client_id = ?")
                .param(client)
                .query(Long.class)
                .single();
    }

    private long scores(UUID record) {
        return jdbc.sql("select count(*) from assessment_outcome_score where record_id = ?")
                .param(record)
                .query(Long.class)
                .single();
    }

    private <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
