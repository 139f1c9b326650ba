package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OfferTerms;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.OdsCode;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WaitingTimesIntegrationTest {

    private final CurrentUser spoc = Actors.person(Role.SPOC_WORKER, UUID.randomUUID());
    private final CurrentUser commissioner = Actors.person(Role.COMMISSIONER, UUID.randomUUID());
    private final CurrentUser admin = Actors.person(Role.ADMINISTRATOR, UUID.randomUUID());

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

    @Autowired
    ReferralImport imports;

    @Autowired
    Directory directory;

    @Autowired
    PracticeMenu menu;

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
            progress.firstAppointmentOffered(new ReferralId(quick), received.plusDays(7));
            progress.firstInterventionStarted(new ReferralId(quick), received.plusDays(21));
            progress.firstInterventionStarted(new ReferralId(slow), received.plusDays(22));
            progress.firstInterventionStarted(new ReferralId(slow), received.plusDays(30));
            return null;
        });
        clock.setDate(received.plusDays(25));

        var times = currentUsers.actingAs(commissioner, () -> waitingTimes.receivedBetween(received, received));
        assertThat(times)
                .filteredOn(w -> w.referralId().equals(quick))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.daysToFirstIntervention()).isEqualTo(21);
                    assertThat(w.breach()).as("21 days is within the standard").isFalse();
                    assertThat(w.firstAppointmentOfferedOn()).isEqualTo(received.plusDays(7));
                });
        assertThat(times)
                .filteredOn(w -> w.referralId().equals(slow))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.daysToFirstIntervention())
                            .as("the earliest start is kept")
                            .isEqualTo(22);
                    assertThat(w.breach()).isTrue();
                });
        assertThat(times)
                .filteredOn(w -> w.referralId().equals(waiting))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.daysToFirstIntervention()).isNull();
                    assertThat(w.daysWaited()).isEqualTo(25);
                    assertThat(w.stillWaiting()).isTrue();
                    assertThat(w.breach()).isTrue();
                });
    }

    @Test
    void aReferralWaitsOnlyUntilItStartsOrClosesAndEachStateIsCountedAsSectionThreePointEightSays() {
        LocalDate received = LocalDate.of(2025, 2, 3);
        LocalDate today = received.plusDays(40);
        clock.setDate(today);
        String ods = "W" + String.format("%05d", new java.util.Random().nextInt(100000));
        UUID practice = currentUsers.actingAs(admin, () -> {
            UUID id = directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                    .named("Waiting Surgery " + ods)
                    .ods(ods)
                    .listSize(5000)
                    .build());
            menu.addOffer(
                    new OdsCode(ods),
                    new OfferTerms("EXTENDED_BRIEF_INTERVENTION", "ALCOHOL", LocalDate.of(2024, 4, 1), null, 50));
            return id;
        });
        Map<String, HistoricReferral> states = new LinkedHashMap<>();
        states.put("received", historic(received, null, null, null, null, null, practice));
        states.put("closed early", historic(received, closing(received.plusDays(2)), null, null, null, null, practice));
        states.put("closed late", historic(received, closing(received.plusDays(30)), null, null, null, null, practice));
        states.put("triaged", historic(received, allocating(received.plusDays(1)), null, null, null, null, practice));
        states.put(
                "allocated",
                historic(received, allocating(received.plusDays(1)), received.plusDays(1), null, null, null, practice));
        states.put(
                "returned",
                historic(
                        received,
                        allocating(received.plusDays(1)),
                        received.plusDays(1),
                        HistoricReferral.Answer.returned(at(received.plusDays(3)), "practice", "Moved away"),
                        null,
                        null,
                        practice));
        states.put("started in time", accepted(received, received.plusDays(5), received.plusDays(10), practice));
        states.put("started late", accepted(received, received.plusDays(25), received.plusDays(30), practice));
        states.put("offered, not started", accepted(received, received.plusDays(7), null, practice));
        states.put("received lately", historic(today.minusDays(10), null, null, null, null, null, practice));
        List<String> names = List.copyOf(states.keySet());
        List<UUID> ids = currentUsers.actingAs(admin, () -> imports.importReferrals(List.copyOf(states.values())));
        Map<UUID, String> nameOf = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            nameOf.put(ids.get(i), names.get(i));
        }

        List<WaitingTime> times =
                currentUsers.actingAs(commissioner, () -> waitingTimes.receivedBetween(received, today)).stream()
                        .filter(w -> nameOf.containsKey(w.referralId()))
                        .toList();
        assertThat(times)
                .extracting(
                        w -> nameOf.get(w.referralId()),
                        WaitingTime::stillWaiting,
                        WaitingTime::daysWaited,
                        WaitingTime::daysToFirstOffer,
                        WaitingTime::daysToFirstIntervention,
                        WaitingTime::breach,
                        WaitingTime::offerBreach)
                .containsExactlyInAnyOrder(
                        tuple("received", true, 40L, null, null, true, true),
                        tuple("closed early", false, 2L, null, null, false, false),
                        tuple("closed late", false, 30L, null, null, false, false),
                        tuple("triaged", true, 40L, null, null, true, true),
                        tuple("allocated", true, 40L, null, null, true, true),
                        tuple("returned", true, 40L, null, null, true, true),
                        tuple("started in time", false, 10L, 5L, 10L, false, false),
                        tuple("started late", false, 30L, 25L, 30L, true, true),
                        tuple("offered, not started", true, 40L, 7L, null, true, false),
                        tuple("received lately", true, 10L, null, null, false, false));
        assertThat(times)
                .filteredOn(w -> nameOf.get(w.referralId()).startsWith("closed"))
                .extracting(WaitingTime::closedOn)
                .containsExactlyInAnyOrder(received.plusDays(2), received.plusDays(30));
    }

    private static HistoricReferral accepted(
            LocalDate received, LocalDate offered, @Nullable LocalDate started, UUID practice) {
        return historic(
                received,
                allocating(received.plusDays(1)),
                received.plusDays(1),
                HistoricReferral.Answer.accepted(at(received.plusDays(2)), "practice"),
                offered,
                started,
                practice);
    }

    private static HistoricReferral historic(
            LocalDate received,
            HistoricReferral.@Nullable Triage triage,
            @Nullable LocalDate allocated,
            HistoricReferral.@Nullable Answer answer,
            @Nullable LocalDate offered,
            @Nullable LocalDate started,
            UUID practice) {
        return new HistoricReferral(
                ReferralFixtures.aReferral().build(),
                at(received).plusSeconds(3600),
                "spoc",
                triage,
                allocated == null
                        ? null
                        : new HistoricReferral.Allocation(
                                at(allocated).plusSeconds(7200),
                                "spoc",
                                practice,
                                "The client's own practice offers it",
                                null),
                answer,
                offered,
                started);
    }

    private static HistoricReferral.Triage closing(LocalDate on) {
        return new HistoricReferral.Triage(at(on), "spoc", TriageOutcome.ADVICE_ONLY, "Advice given", null, null);
    }

    private static HistoricReferral.Triage allocating(LocalDate on) {
        return new HistoricReferral.Triage(
                at(on).plusSeconds(3600),
                "spoc",
                TriageOutcome.ALLOCATE_TO_PRACTICE,
                "Wants support near home",
                "EXTENDED_BRIEF_INTERVENTION",
                "ALCOHOL");
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    @Test
    @WithMockUser(authorities = "WAITING_TIMES_VIEW")
    void theApiAnswersWithASummaryAndRefusesAReversedPeriod() throws Exception {
        mvc.perform(get("/api/v1/waiting-times").param("from", "2026-04-01").param("to", "2026-11-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals").isNumber())
                .andExpect(jsonPath("$.stillWaiting").isNumber())
                .andExpect(jsonPath("$.offerBreaches").isNumber())
                .andExpect(jsonPath("$.items").isArray());
        mvc.perform(get("/api/v1/waiting-times").param("from", "2026-04-01").param("to", "2026-03-01"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
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
        return currentUsers
                .actingAs(
                        spoc, () -> intake.receive(ReferralFixtures.aReferral().build()))
                .id();
    }
}
