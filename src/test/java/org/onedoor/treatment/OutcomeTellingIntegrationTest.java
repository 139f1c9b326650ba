package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.assessment.OutcomeFixtures.phq9;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.assessment.OutcomeDue;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.assessment.OutcomeSchedule;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.FieldProblems;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Treatment tells assessment an episode's facts as they change, so the outcome rules and schedule can use them. */
@IntegrationTest
@Import(TreatmentFixtures.class)
class OutcomeTellingIntegrationTest {

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    EpisodeManagement episodes;

    @Autowired
    Interventions interventions;

    @Autowired
    OutcomeRecording recording;

    @Autowired
    OutcomeSchedule schedule;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void anExitRecordWaitsUntilTreatmentSaysTheInterventionsHaveEnded() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(70), today.minusDays(68));
        assertThat(told(episode, "substance_group")).isEqualTo("ALCOHOL");
        assertThat(told(episode, "reporting_substance_group")).isEqualTo("ALCOHOL_ONLY");
        assertThat(told(episode, "provider_id")).isEqualTo(provider);
        assertThat(told(episode, "care_plan_started_on")).isNull();

        as(worker, () -> {
            episodes.startCarePlan(episode, today.minusDays(60));
            return interventions.refer(
                    episode,
                    new NewIntervention(
                            "PSYCHOSOCIAL",
                            "COMMUNITY",
                            provider,
                            today.minusDays(60),
                            today.minusDays(59),
                            today.minusDays(58)));
        });
        assertThat(told(episode, "care_plan_started_on"))
                .isEqualTo(today.minusDays(60).toString());
        assertThat(((Number) told(episode, "open_interventions")).intValue()).isEqualTo(1);
        assertThat(schedule.due(java.util.List.of(episode), today))
                .extracting(OutcomeDue::label)
                .containsExactlyInAnyOrder("Start AOR", "Start PHQ-9", "Start GAD-7");
        assertThat(schedule.due(java.util.List.of(episode), today)).allMatch(d -> d.overdue(today));

        NewOutcome exit = new NewOutcome("phq9", null, "EXIT", today, episode, phq9(3, 0), false);
        assertThatThrownBy(() -> as(worker, () -> recording.record(client, exit)))
                .isInstanceOfSatisfying(
                        FieldProblems.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.code()).isEqualTo("INTERVENTIONS_OPEN")));

        UUID intervention = jdbc.sql("select id from treatment_intervention where episode_id = ?")
                .param(episode)
                .query(UUID.class)
                .single();
        as(worker, () -> {
            interventions.end(episode, intervention, today.minusDays(1), "A");
            return null;
        });
        assertThat(((Number) told(episode, "open_interventions")).intValue()).isZero();
        assertThat(as(worker, () -> recording.record(client, exit)).scores()).hasSize(1);
        assertThat(schedule.missingExit(episode)).isEqualTo("AOR");

        as(worker, () -> {
            episodes.discharge(episode, new Discharge("81", today, "Home", null));
            return null;
        });
        assertThat(told(episode, "closed_on")).isEqualTo(today.toString());
        assertThat(schedule.due(java.util.List.of(episode), today))
                .extracting(OutcomeDue::label)
                .containsExactly("Exit AOR");
    }

    private Object told(UUID episode, String column) {
        Object value = jdbc.sql("select " + column + " from assessment_episode where id = ?")
                .param(episode)
                .query()
                .singleRow()
                .get(column);
        return value instanceof java.util.Date || value instanceof LocalDate ? value.toString() : value;
    }

    private <T> T as(CurrentUser user, Supplier<T> action) {
        return currentUsers.actingAs(user, action);
    }
}
