package org.onedoor.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WaitingTimesIntegrationTest {

    private final CurrentUser spoc = Actors.person(Role.SPOC_WORKER, UUID.randomUUID());
    private final CurrentUser commissioner = Actors.person(Role.COMMISSIONER, UUID.randomUUID());

    @Autowired
    ReferralIntake intake;
    @Autowired
    ReferralProgress progress;
    @Autowired
    WaitingTimes waitingTimes;
    @Autowired
    CurrentUsers currentUsers;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void countsDaysFromReceiptToTheFirstInterventionAndFlagsWaitsOverTwentyOneDays() {
        LocalDate received = LocalDate.of(2025, 1, 6);
        clock.setDate(received);
        UUID quick = receive();
        UUID slow = receive();
        UUID waiting = receive();
        currentUsers.actingAs(spoc, () -> {
            progress.firstAppointmentOffered(quick, received.plusDays(7));
            progress.firstInterventionStarted(quick, received.plusDays(21));
            progress.firstInterventionStarted(slow, received.plusDays(22));
            progress.firstInterventionStarted(slow, received.plusDays(30));
            return null;
        });
        clock.setDate(received.plusDays(25));

        var times = currentUsers.actingAs(commissioner, () -> waitingTimes.receivedBetween(received, received));
        assertThat(times).filteredOn(w -> w.referralId().equals(quick)).singleElement().satisfies(w -> {
            assertThat(w.daysToFirstIntervention()).isEqualTo(21);
            assertThat(w.breach()).as("21 days is within the standard").isFalse();
            assertThat(w.firstAppointmentOfferedOn()).isEqualTo(received.plusDays(7));
        });
        assertThat(times).filteredOn(w -> w.referralId().equals(slow)).singleElement().satisfies(w -> {
            assertThat(w.daysToFirstIntervention()).as("the earliest start is kept").isEqualTo(22);
            assertThat(w.breach()).isTrue();
        });
        assertThat(times).filteredOn(w -> w.referralId().equals(waiting)).singleElement().satisfies(w -> {
            assertThat(w.daysToFirstIntervention()).isNull();
            assertThat(w.daysWaitedSoFar()).isEqualTo(25);
            assertThat(w.breach()).isTrue();
        });
    }

    @Test
    @WithMockUser(authorities = "WAITING_TIMES_VIEW")
    void theApiAnswersWithASummaryAndRefusesAReversedPeriod() throws Exception {
        mvc.perform(get("/api/v1/waiting-times").param("from", "2026-04-01").param("to", "2026-11-30"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.referrals").isNumber())
                .andExpect(jsonPath("$.items").isArray());
        mvc.perform(get("/api/v1/waiting-times").param("from", "2026-04-01").param("to", "2026-03-01"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/waiting-times").param("from", "not-a-date").param("to", "2026-03-01"))
                .andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(authorities = "REFERRAL_CREATE")
    void waitingTimesNeedTheirPrivilege() throws Exception {
        mvc.perform(get("/api/v1/waiting-times").param("from", "2026-04-01").param("to", "2026-11-30"))
                .andExpect(status().isForbidden());
    }

    private UUID receive() {
        return currentUsers.actingAs(spoc, () -> intake.receive(ReferralFixtures.aReferral().build())).id();
    }
}
