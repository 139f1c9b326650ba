package org.onedoor.assessment.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.assessment.OutcomeFixtures.phq9;
import static org.onedoor.assessment.OutcomeFixtures.unique;
import static org.onedoor.assessment.cohort.CohortOutcomesIntegrationTest.top;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.assessment.OutcomeEpisodes;
import org.onedoor.assessment.OutcomeFixtures;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.assessment.Recorded;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The measure events contract pays on and the cohort counts are one definition: for the same records, the events of
 * each cohort measure shown in a period are as many as the cohort's numerator; hepatitis C tests count for clients
 * who inject, health checks for a yes; a voided record takes its measure away.
 */
@IntegrationTest
class OutcomeMeasureEventsIntegrationTest {

    @Autowired
    OutcomeRecording recording;

    @Autowired
    OutcomeEpisodes episodes;

    @Autowired
    CohortOutcomes cohorts;

    @Autowired
    OutcomeMeasureEvents events;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void measureEventsAgreeWithTheCohortNumeratorsAndFollowVoids() {
        CurrentUser worker = fixtures.worker();
        LocalDate start = LocalDate.now(clock).minusWeeks(30);
        LocalDate sixMonths = start.plusWeeks(26);
        UUID injecting = fixtures.client(worker, unique("Injects"));
        UUID episode = UUID.randomUUID();
        record(worker, injecting, "top", "START", start, episode, top(3, 1, "Y", 0));
        record(worker, injecting, "top", "REVIEW", start.plusWeeks(20), episode, top(3, 1, "Y", 0));
        Recorded review = record(worker, injecting, "top", "REVIEW", sixMonths.plusDays(3), episode, top(0, 0, "N", 2));
        record(worker, injecting, "phq9", "START", start, episode, phq9(10, 0));
        record(worker, injecting, "phq9", "REVIEW", sixMonths, episode, phq9(4, 0));
        UUID reduced = fixtures.client(worker, unique("Reduces"));
        UUID second = UUID.randomUUID();
        record(worker, reduced, "top", "START", start, second, top(2, 0, "N", 1));
        record(worker, reduced, "top", "REVIEW", sixMonths.minusWeeks(6), second, top(1, 0, "N", 1));
        record(worker, reduced, "phq9", "START", start, second, phq9(16, 0));
        record(worker, reduced, "phq9", "REVIEW", sixMonths, second, phq9(9, 0));
        tested(worker, injecting, episode, start.minusDays(2));
        tested(worker, reduced, second, start.plusDays(1));
        record(worker, reduced, "physical-health", null, start.plusDays(5), second, healthCheck("Y"));
        record(worker, injecting, "physical-health", null, start.plusDays(5), episode, healthCheck("N"));

        Map<String, Integer> counted = cohortNumerators(worker, start);
        Map<String, Integer> shown = events(worker.organisationId(), start, LocalDate.now(clock));
        for (OutcomeMeasure measure : OutcomeMeasure.values()) {
            assertThat(shown.getOrDefault(measure.name(), 0)).as(measure.name()).isEqualTo(counted.get(measure.name()));
        }
        assertThat(counted.get("ABSTINENCE")).isEqualTo(1);
        assertThat(counted.get("REDUCED_USE")).isEqualTo(2);
        assertThat(counted.get("PHQ9_RELIABLE_IMPROVEMENT")).isEqualTo(2);
        assertThat(shown).containsEntry("HEPATITIS_C_TEST", 1).containsEntry("HEALTH_CHECK", 1);
        assertThat(firstShown(injecting, "HEPATITIS_C_TEST")).isEqualTo(start);
        assertThat(firstShown(injecting, "ABSTINENCE")).isEqualTo(sixMonths.plusDays(3));

        as(worker, () -> {
            recording.voidRecord(injecting, review.id(), "Entered in error");
            return null;
        });
        Map<String, Integer> afterVoid = events(worker.organisationId(), start, LocalDate.now(clock));
        Map<String, Integer> countedAfterVoid = cohortNumerators(worker, start);
        assertThat(afterVoid.getOrDefault("ABSTINENCE", 0)).isZero();
        for (OutcomeMeasure measure : OutcomeMeasure.values()) {
            assertThat(afterVoid.getOrDefault(measure.name(), 0))
                    .as(measure.name() + " after the void")
                    .isEqualTo(countedAfterVoid.getOrDefault(measure.name(), 0));
        }
        assertThat(OutcomeMeasureEvents.measureNames()).hasSize(OutcomeMeasure.values().length + 2);
    }

    private Map<String, Integer> cohortNumerators(CurrentUser worker, LocalDate from) {
        CurrentUser manager = new CurrentUser(
                UUID.randomUUID(), "events-manager", "Manager", worker.organisationId(), Set.of(Role.TEAM_MANAGER));
        List<CohortRow> rows = as(manager, () -> cohorts.between(from, LocalDate.now(clock), worker.organisationId()));
        Map<String, Integer> counted = new HashMap<>();
        rows.forEach(
                row -> row.measures().forEach(m -> counted.merge(m.measure().name(), m.numerator(), Integer::sum)));
        return counted;
    }

    private Map<String, Integer> events(UUID organisation, LocalDate from, LocalDate to) {
        OutcomeMeasureSql sql = events.sql();
        Map<String, Integer> shown = new HashMap<>();
        jdbc.sql("with " + sql.ctes() + """
                        select measure, count(*) from outcome_measure_event
                         where organisation_id = :organisation and evidence_shown between :from and :to
                         group by measure
                        """)
                .params(sql.params())
                .param("organisation", organisation)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> shown.put(rs.getString(1), rs.getInt(2)))
                .list();
        return shown;
    }

    private LocalDate firstShown(UUID client, String measure) {
        OutcomeMeasureSql sql = events.sql();
        return jdbc.sql("with " + sql.ctes() + """
                        select min(evidence_shown) from outcome_measure_event
                         where client_key = :client and measure = :measure
                        """)
                .params(sql.params())
                .param("client", client)
                .param("measure", measure)
                .query(LocalDate.class)
                .single();
    }

    private static Map<String, String> healthCheck(String answer) {
        return Map.of("gp_registered", "Y", "health_check", answer, "smoking", "never");
    }

    private void tested(CurrentUser worker, UUID client, UUID episode, LocalDate on) {
        episodes.testedForBloodBorneVirus(
                UUID.randomUUID(),
                new ClientId(client),
                episode,
                new OrganisationId(worker.organisationId()),
                "HEPATITIS_C",
                on,
                false);
    }

    private Recorded record(
            CurrentUser worker,
            UUID client,
            String instrument,
            String stage,
            LocalDate on,
            UUID episode,
            Map<String, String> answers) {
        return as(
                worker,
                () -> recording.record(client, new NewOutcome(instrument, null, stage, on, episode, answers, false)));
    }

    private <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
