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

    @Autowired
    OutcomeImport imports;

    @Autowired
    org.onedoor.treatment.appointments.Caseload caseload;

    @Autowired
    org.onedoor.treatment.appointments.TeamCaseloads teams;

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
    void aClientAtRiskComesFirstOnTheCaseloadBeforeAnyOverdueDate() {
        CurrentUser worker = staff.enrol(fixtures.worker());
        UUID overdue = fixtures.client(worker, unique("Overdue"));
        UUID atRisk = fixtures.client(worker, unique("AtRisk"));
        LocalDate today = LocalDate.now(clock);
        for (UUID client : java.util.List.of(overdue, atRisk)) {
            currentUsers.actingAs(
                    worker,
                    () -> episodes.open(NewEpisodeBuilder.anEpisodeFor(client)
                            .referredOn(today.minusDays(120))
                            .triagedOn(client.equals(overdue) ? today.minusDays(100) : today)
                            .carePlanStartedOn(client.equals(overdue) ? today.minusDays(100) : null)
                            .keyworker(worker.username())
                            .lateReason("Entered from paper notes")
                            .build()));
        }
        currentUsers.actingAs(
                worker,
                () -> recording.record(atRisk, new NewOutcome("phq9", null, "START", today, null, phq9(8, 1), false)));

        assertThat(currentUsers.actingAs(
                        worker,
                        () -> caseload.mine(org.onedoor.treatment.appointments.Caseload.Sort.URGENT, 0, 25)
                                .items()))
                .extracting(org.onedoor.treatment.appointments.CaseloadEntry::clientId)
                .containsExactly(atRisk, overdue);
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

    @Test
    void theTeamManagerSeesTheRiskOnTheCaseloadOfAKeyworkerWhoIsAway() throws Exception {
        CurrentUser worker = staff.enrol(fixtures.worker());
        CurrentUser manager = new CurrentUser(
                UUID.randomUUID(),
                "manager-" + UUID.randomUUID().toString().substring(0, 8),
                "Team Manager",
                worker.organisationId(),
                java.util.Set.of(org.onedoor.security.Role.TEAM_MANAGER));
        UUID client = fixtures.client(worker, unique("Away"));
        LocalDate today = LocalDate.now(clock);
        currentUsers.actingAs(
                worker,
                () -> episodes.open(NewEpisodeBuilder.anEpisodeFor(client)
                        .on(today)
                        .keyworker(worker.username())
                        .build()));
        java.util.function.Supplier<Integer> atRisk =
                () -> currentUsers.actingAs(manager, () -> teams.ofMyTeam()).stream()
                        .filter(w -> worker.username().equals(w.username()))
                        .findFirst()
                        .orElseThrow()
                        .atRisk();
        assertThat(atRisk.get()).isZero();

        currentUsers.actingAs(
                worker,
                () -> recording.record(client, new NewOutcome("phq9", null, "START", today, null, phq9(12, 2), false)));

        assertThat(atRisk.get()).isEqualTo(1);
        assertThat(page("/caseloads", manager)).contains("Risk: PHQ-9 item 9").contains("onedoor-outcome-risk");
    }

    @Test
    void theBulkImportRefusesAPhq9WhoseItem9WouldRaiseARiskAndSavesNothingOfTheBatch() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("Import"));
        CurrentUser admin = new CurrentUser(
                UUID.randomUUID(),
                "import-admin",
                "Admin",
                worker.organisationId(),
                java.util.Set.of(org.onedoor.security.Role.ADMINISTRATOR));
        LocalDate today = LocalDate.now(clock);
        java.util.function.Function<Integer, OutcomeImport.ImportedOutcome> phq =
                item9 -> new OutcomeImport.ImportedOutcome(
                        new org.onedoor.client.ClientId(client),
                        null,
                        new org.onedoor.partnership.OrganisationId(worker.organisationId()),
                        "phq9",
                        "START",
                        today.minusDays(3),
                        phq9(10, item9));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> currentUsers.actingAs(
                        admin, () -> imports.importOutcomes(java.util.List.of(phq.apply(0), phq.apply(1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Outcome 1 (PHQ-9) refused")
                .hasMessageContaining("a risk rule set off");
        assertThat(jdbc.sql("select count(*) from assessment_outcome_record where client_id = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(currentUsers.actingAs(admin, () -> imports.importOutcomes(java.util.List.of(phq.apply(0)))))
                .isEqualTo(1);
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
