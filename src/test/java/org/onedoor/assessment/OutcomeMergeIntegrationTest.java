package org.onedoor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.assessment.OutcomeFixtures.phq9;
import static org.onedoor.assessment.OutcomeFixtures.unique;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.merge.ClientMerge;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class OutcomeMergeIntegrationTest {

    @Autowired
    OutcomeRecording recording;

    @Autowired
    OutcomeReading reading;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    ClientMerge merges;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void aDuplicatesOutcomeRecordsAndRisksFollowAMergeAndUndoPutsBackExactlyThose() {
        CurrentUser worker = fixtures.worker();
        CurrentUser manager = Actors.person(Role.TEAM_MANAGER, worker.organisationId());
        String family = unique("Merge");
        UUID survivor = fixtures.client(worker, family);
        UUID duplicate = fixtures.client(worker, family);
        LocalDate today = LocalDate.now(clock);
        currentUsers.actingAs(
                worker,
                () -> recording.record(
                        survivor,
                        new NewOutcome("phq9", null, "START", today.minusDays(60), null, phq9(18, 0), false)));
        currentUsers.actingAs(
                worker,
                () -> recording.record(
                        duplicate, new NewOutcome("phq9", null, "REVIEW", today, null, phq9(9, 1), false)));

        UUID merge = currentUsers.actingAs(manager, () -> merges.merge(survivor, duplicate, "Same person"));

        assertThat(rows(survivor)).isEqualTo(2);
        assertThat(rows(duplicate)).isZero();
        assertThat(currentUsers
                        .actingAs(worker, () -> reading.trajectory(survivor))
                        .of("phq9")
                        .get(0)
                        .points())
                .hasSize(2);
        assertThat(jdbc.sql("select count(*) from report_outcome_risk where client_id = ?")
                        .param(survivor)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        currentUsers.actingAs(manager, () -> merges.undo(merge, "Two people after all"));
        assertThat(rows(survivor)).isEqualTo(1);
        assertThat(rows(duplicate)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from assessment_outcome_risk where client_id = ?")
                        .param(duplicate)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long rows(UUID client) {
        return jdbc.sql("select count(*) from assessment_outcome_record where client_id = ?")
                .param(client)
                .query(Long.class)
                .single();
    }
}
