package org.onedoor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.assessment.OutcomeFixtures.phq9;
import static org.onedoor.assessment.OutcomeFixtures.unique;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.NewEpisodeBuilder;
import org.onedoor.testsupport.StaffAccounts;
import org.onedoor.treatment.EpisodeManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Clinical-safety hazard H08, "PHQ-9 item-9 risk not seen": the answer is raised the moment it is recorded. */
@IntegrationTest
class PhqItemNineRiskIntegrationTest {

    @Autowired
    OutcomeRecording recording;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    StaffAccounts staff;

    @Autowired
    EpisodeManagement episodes;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Test
    void aNonZeroItem9RaisesAnAlertOnTheRecordAndOnTheKeyworkersCaseloadAtOnce() throws Exception {
        CurrentUser worker = staff.enrol(fixtures.worker());
        String family = unique("Risk");
        UUID client = fixtures.client(worker, family);
        LocalDate today = LocalDate.now(clock);
        currentUsers.actingAs(
                worker,
                () -> episodes.open(NewEpisodeBuilder.anEpisodeFor(client)
                        .on(today)
                        .keyworker(worker.username())
                        .build()));

        Recorded recorded = currentUsers.actingAs(
                worker,
                () -> recording.record(client, new NewOutcome("phq9", null, "START", today, null, phq9(14, 1), false)));

        assertThat(recorded.riskAlertsRaised()).isEqualTo(1);
        String record = page("/clients/" + client, worker);
        assertThat(record)
                .contains("Risk to self: PHQ-9 item 9: the client reported thoughts")
                .contains("Answer given: Several days.");
        assertThat(page("/caseload", worker)).contains(family).contains("Risk: PHQ-9 item 9");
    }

    @Test
    void aLaterPhq9WithoutTheRiskOrAVoidTakesItOffTheCaseloadButTheAlertStaysUntilAClinicianRemovesIt() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Later"));
        LocalDate today = LocalDate.now(clock);
        Recorded risky = currentUsers.actingAs(
                worker,
                () -> recording.record(
                        client, new NewOutcome("phq9", null, "START", today.minusDays(10), null, phq9(20, 3), false)));
        assertThat(risks(client)).isEqualTo(1);
        currentUsers.actingAs(
                worker,
                () -> recording.record(client, new NewOutcome("phq9", null, "REVIEW", today, null, phq9(8, 0), false)));
        assertThat(risks(client)).isZero();
        assertThat(jdbc.sql("select count(*) from client_alert where client_id = ? and voided_at is null")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(risky.riskAlertsRaised()).isEqualTo(1);
    }

    @Test
    void aDraftWithItem9AnsweredRaisesTheAlertOnceHoweverOftenItIsSaved() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Unfinished"));
        Recorded draft = currentUsers.actingAs(
                worker,
                () -> recording.record(
                        client, new NewOutcome("phq9", null, null, null, null, java.util.Map.of("item9", "2"), true)));
        currentUsers.actingAs(
                worker,
                () -> recording.completeDraft(
                        client,
                        draft.id(),
                        new NewOutcome("phq9", null, "START", LocalDate.now(clock), null, phq9(16, 2), false)));
        assertThat(draft.riskAlertsRaised()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from client_alert where client_id = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(risks(client)).isEqualTo(1);
    }

    @Test
    void item9AnsweredZeroRaisesNothing() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Calm"));
        Recorded recorded = currentUsers.actingAs(
                worker,
                () -> recording.record(
                        client, new NewOutcome("phq9", null, "START", LocalDate.now(clock), null, phq9(18, 0), false)));
        assertThat(recorded.riskAlertsRaised()).isZero();
        assertThat(jdbc.sql("select count(*) from client_alert where client_id = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long risks(UUID client) {
        return jdbc.sql("select count(*) from report_outcome_risk where client_id = ?")
                .param(client)
                .query(Long.class)
                .single();
    }

    private String page(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
