package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.NewEpisodeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
@Import(TreatmentFixtures.class)
class EpisodeManagementIntegrationTest {

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    EpisodeManagement episodes;

    @Autowired
    Interventions interventions;

    @Autowired
    EpisodeRecords records;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    EpisodeDelegations delegations;

    @Autowired
    org.onedoor.testsupport.StaffAccounts staff;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void recordsAJourneyFromTriageToASuccessfulCompletionAndPublishesEachStep() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID practice = fixtures.organisation(OrganisationType.GP_PRACTICE);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(40), today.minusDays(38));
        UUID intervention = as(
                worker,
                () -> interventions.refer(
                        episode,
                        new NewIntervention(
                                "PSYCHOSOCIAL",
                                "PRIMARY_CARE",
                                practice,
                                today.minusDays(35),
                                today.minusDays(34),
                                today.minusDays(30))));
        as(worker, () -> interventions.addSubIntervention(episode, intervention, "PSY_CBT", today.minusDays(30)));
        as(worker, () -> {
            interventions.end(episode, intervention, today.minusDays(2), "A");
            episodes.discharge(episode, new Discharge("81", today.minusDays(1), "Home", null));
            return null;
        });

        EpisodeView view = as(worker, () -> records.episode(episode));
        assertThat(view.open()).isFalse();
        assertThat(view.outcomeClass()).isEqualTo(OutcomeClass.SUCCESSFUL);
        assertThat(view.interventions()).singleElement().satisfies(i -> {
            assertThat(i.deliveredByName()).startsWith("GP practice");
            assertThat(i.waitingDays()).isEqualTo(5);
            assertThat(i.subInterventions())
                    .extracting(EpisodeView.SubView::type)
                    .containsExactly("PSY_CBT");
        });
        assertThat(events.stream(EpisodeOpened.class)
                        .filter(e -> e.episodeId().value().equals(episode)))
                .hasSize(1);
        assertThat(events.stream(InterventionStarted.class)
                        .filter(e -> e.episodeId().value().equals(episode)))
                .hasSize(1);
        assertThat(events.stream(EpisodeClosed.class)
                        .filter(e -> e.episodeId().value().equals(episode)))
                .singleElement()
                .satisfies(e -> assertThat(e.outcomeClass()).isEqualTo(OutcomeClass.SUCCESSFUL));
        assertThat(jdbc.sql("select count(*) from client_care_team where client_id = ? and organisation_id = ? "
                                + "and team_role = 'SHARED_CARE'")
                        .param(client)
                        .param(practice)
                        .query(Integer.class)
                        .single())
                .as("the delivering practice joins the care team")
                .isEqualTo(1);
        assertThat(jdbc.sql("select outcome_class from report_episode where episode_id = ?")
                        .param(episode)
                        .query(String.class)
                        .single())
                .isEqualTo("SUCCESSFUL");
    }

    @Test
    void marksANewEpisodeWithinSixMonthsOfASuccessfulCompletionAsARePresentation() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID partner = fixtures.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        clock.setDate(LocalDate.of(2026, 6, 1));
        UUID client = fixtures.client(worker);
        clock.setDate(LocalDate.of(2026, 8, 31));
        UUID first = fixtures.episode(worker, client, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2));
        as(worker, () -> {
            episodes.discharge(first, new Discharge("80", LocalDate.of(2026, 8, 31), null, null));
            return null;
        });
        clock.setDate(LocalDate.of(2027, 2, 28));
        CurrentUser partnerWorker = staff.enrol(TreatmentFixtures.worker(partner));
        CurrentUser leadManager = new CurrentUser(
                UUID.randomUUID(),
                "lead-manager-" + UUID.randomUUID().toString().substring(0, 6),
                "Lead Manager",
                provider,
                java.util.Set.of(Role.TEAM_MANAGER));
        as(
                leadManager,
                () -> delegations.grant(
                        partner,
                        provider,
                        LocalDate.of(2027, 2, 1),
                        null,
                        "Partner clinic recorded by the lead provider's team"));
        UUID second = as(
                worker,
                () -> episodes.open(NewEpisodeBuilder.anEpisodeFor(client)
                        .provider(partner)
                        .referredOn(LocalDate.of(2027, 2, 27))
                        .triagedOn(LocalDate.of(2027, 2, 28))
                        .substances("HEROIN")
                        .keyworker(partnerWorker.username())
                        .build()));

        assertThat(events.stream(ClientRePresented.class)
                        .filter(e -> e.episodeId().value().equals(second)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.completedEpisodeId().value()).isEqualTo(first);
                    assertThat(e.completedOn()).isEqualTo(LocalDate.of(2026, 8, 31));
                });
        assertThat(as(worker, () -> records.episode(second)).rePresentationOf()).isEqualTo(new EpisodeId(first));
    }

    @Test
    void refusesASecondOpenEpisodeAtTheSameProviderAndADischargeWithAnOpenIntervention() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(10), today.minusDays(9));
        assertThatThrownBy(() -> fixtures.episode(worker, client, today.minusDays(2), today.minusDays(1)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("already has an open episode");
        as(
                worker,
                () -> interventions.refer(
                        episode,
                        new NewIntervention(
                                "PHARMACOLOGICAL",
                                "COMMUNITY",
                                provider,
                                today.minusDays(8),
                                null,
                                today.minusDays(7))));
        long before = jdbc.sql("select count(*) from treatment_episode_history where episode_id = ?")
                .param(episode)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> as(worker, () -> {
                    episodes.discharge(episode, new Discharge("85", today, null, null));
                    return null;
                }))
                .isInstanceOf(FieldProblems.class)
                .hasFieldOrPropertyWithValue("code", "TREATMENT_INVALID")
                .hasMessageContaining("End every intervention before discharge");
        assertThat(jdbc.sql("select status from treatment_episode where id = ?")
                        .param(episode)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from treatment_episode_history where episode_id = ?")
                        .param(episode)
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
