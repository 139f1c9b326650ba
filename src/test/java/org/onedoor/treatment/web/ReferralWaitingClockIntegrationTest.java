package org.onedoor.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.StaffAccounts;
import org.onedoor.treatment.EpisodeManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Treatment tells referral, by its typed id, when the waiting clock stops: first appointment, first intervention. */
@IntegrationTest
@Import(EpisodeScreenFixtures.class)
class ReferralWaitingClockIntegrationTest {

    @Autowired
    EpisodeScreenFixtures given;

    @Autowired
    EpisodeManagement episodes;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startingTheFirstInterventionStopsTheReferralsWaitingClock() {
        UUID partner = given.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser worker = staff.enrol(EpisodeScreenFixtures.worker(partner));
        UUID referral = given.acceptedReferral(partner, worker);
        LocalDate today = given.today();
        UUID episode =
                given.as(worker, () -> episodes.openFromReferral(referral, today, null, worker.username(), null, null));

        given.intervention(worker, episode, partner, today, today);

        assertThat(jdbc.sql("select first_intervention_started_on from report_referral where referral_id = ?")
                        .param(referral)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today);
    }
}
