package org.onedoor.treatment.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.OutcomeDue;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.shared.ResultPage;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.careplan.CarePlanFixtures;
import org.onedoor.treatment.careplan.CarePlans;
import org.onedoor.treatment.careplan.NewGoal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import(CarePlanFixtures.class)
class CaseloadIntegrationTest {

    @Autowired
    CarePlanFixtures fixtures;

    @Autowired
    Appointments appointments;

    @Autowired
    CarePlans carePlans;

    @Autowired
    Caseload caseload;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void showsWhatIsDueForTheKeyworkersOwnClientsOnlyMostUrgentFirst() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = CarePlanFixtures.worker(provider);
        CurrentUser colleague = CarePlanFixtures.worker(provider);
        LocalDate start = LocalDate.now(clock).minusMonths(4);
        clock.setDate(start.plusDays(1));
        UUID overdue = fixtures.client(worker);
        UUID overdueEpisode = fixtures.episode(worker, overdue, start);
        UUID goal = fixtures.as(
                worker,
                () -> carePlans.addGoal(
                        overdueEpisode,
                        new NewGoal(
                                "HOUSING", "A tenancy", start.plusMonths(2), start.plusWeeks(2), start.plusDays(1))));
        UUID missed = fixtures.as(
                worker,
                () -> appointments.book(
                        overdueEpisode,
                        new NewAppointment(
                                LocalDateTime.of(start.plusDays(5), java.time.LocalTime.of(10, 0)),
                                45,
                                AppointmentKind.ONE_TO_ONE,
                                null,
                                null,
                                null,
                                null)));
        clock.reset();
        LocalDate today = LocalDate.now(clock);
        fixtures.as(worker, () -> {
            appointments.recordOutcome(
                    overdueEpisode,
                    missed,
                    new AppointmentOutcome(AppointmentStatus.DID_NOT_ATTEND, "NO_CONTACT", null, null, null, 0));
            return null;
        });
        UUID recent = fixtures.client(worker);
        UUID recentEpisode = fixtures.episode(worker, recent, today.minusDays(5));
        fixtures.as(
                worker,
                () -> appointments.book(
                        recentEpisode,
                        new NewAppointment(
                                LocalDateTime.now(clock).plusDays(3),
                                45,
                                AppointmentKind.VIDEO,
                                null,
                                null,
                                null,
                                null)));
        UUID someoneElses = fixtures.client(colleague);
        fixtures.episode(colleague, someoneElses, today.minusDays(100));

        ResultPage<CaseloadEntry> page = fixtures.as(worker, () -> caseload.mine(Caseload.Sort.URGENT, 0, 25));
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(page.items()).extracting(CaseloadEntry::clientId).containsExactly(overdue, recent);
        CaseloadEntry first = page.items().get(0);
        assertThat(first.carePlanReviewDue()).isEqualTo(start.plusWeeks(2));
        assertThat(first.carePlanReviewOverdue(today)).isTrue();
        assertThat(first.outcomeDueBy())
                .as("start records due within 28 days of the care plan")
                .isEqualTo(start.plusDays(29));
        assertThat(first.outcomeOverdue(today)).isTrue();
        assertThat(first.outcomesDue())
                .extracting(OutcomeDue::label)
                .containsExactlyInAnyOrder("Start AOR", "Start PHQ-9", "Start GAD-7");
        assertThat(first.missedAppointments()).isEqualTo(1);
        assertThat(first.mostUrgent()).isEqualTo(start.plusDays(5));
        CaseloadEntry second = page.items().get(1);
        assertThat(second.carePlanStartedOn()).isNull();
        assertThat(second.nextAppointment()).isNotNull();
        assertThat(second.missedAppointments()).isZero();
        assertThat(second.outcomesDue())
                .as("no care plan yet, so nothing is due")
                .isEmpty();

        fixtures.as(
                worker,
                () -> appointments.recordContact(
                        overdueEpisode,
                        new NewAppointment(
                                LocalDateTime.now(clock).minusHours(2),
                                30,
                                AppointmentKind.TELEPHONE,
                                null,
                                null,
                                null,
                                null)));
        assertThat(fixtures.as(worker, () -> caseload.mine(Caseload.Sort.URGENT, 0, 25))
                        .items()
                        .get(0)
                        .missedAppointments())
                .as("followed up by a later attended contact")
                .isZero();

        String reference = mvc.perform(get("/caseload").with(Actors.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My caseload")))
                .andExpect(content().string(containsString("Overdue")))
                .andExpect(content().string(containsString("Start AOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(reference)
                .contains("/episodes/" + recentEpisode + "/appointments")
                .contains("/clients/" + overdue + "/outcomes/new/aor?stage=START&amp;episode=" + overdueEpisode)
                .doesNotContain(someoneElses.toString());
        mvc.perform(get("/caseload?sort=NEXT&page=1").with(Actors.as(worker))).andExpect(status().isOk());
        mvc.perform(get("/").with(Actors.as(worker))).andExpect(content().string(containsString("/caseload")));
    }

    @Test
    void outsidersWithoutTreatmentPrivilegeAreRefused() throws Exception {
        UUID council = fixtures.organisation(OrganisationType.COUNCIL_COMMISSIONER);
        mvc.perform(get("/caseload").with(Actors.as(Actors.person(Role.COMMISSIONER, council))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/").with(Actors.as(Actors.person(Role.COMMISSIONER, council))))
                .andExpect(content().string(not(containsString("My caseload"))));
    }
}
