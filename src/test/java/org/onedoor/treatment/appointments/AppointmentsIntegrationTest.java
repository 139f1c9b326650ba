package org.onedoor.treatment.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.careplan.CarePlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import(CarePlanFixtures.class)
class AppointmentsIntegrationTest {

    @Autowired
    CarePlanFixtures fixtures;

    @Autowired
    Appointments appointments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void booksThenRecordsAttendanceAndTheFirstBookingIsTheInterventionsFirstOffer() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID practice = fixtures.organisation(OrganisationType.GP_PRACTICE);
        CurrentUser worker = CarePlanFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDateTime now = LocalDateTime.now(clock);
        UUID episode = fixtures.episode(worker, client, now.toLocalDate().minusDays(10));
        UUID intervention = fixtures.intervention(
                worker, episode, provider, now.toLocalDate().minusDays(9));

        UUID booked = fixtures.as(
                worker,
                () -> appointments.book(
                        episode,
                        new NewAppointment(
                                now.plusDays(2), 45, AppointmentKind.ONE_TO_ONE, practice, intervention, null, null)));
        assertThat(jdbc.sql("select first_offered_on from treatment_intervention where id = ?")
                        .param(intervention)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(now.toLocalDate());

        assertThatThrownBy(() -> fixtures.as(worker, () -> {
                    appointments.recordOutcome(
                            episode,
                            booked,
                            new AppointmentOutcome(AppointmentStatus.ATTENDED, null, null, null, null, 0));
                    return null;
                }))
                .hasMessageContaining("attendance cannot be recorded before it starts");

        clock.setDate(now.toLocalDate().plusDays(3));
        fixtures.as(worker, () -> {
            appointments.recordOutcome(
                    episode,
                    booked,
                    new AppointmentOutcome(AppointmentStatus.ATTENDED, null, null, null, "Talked about housing", 0));
            return null;
        });
        assertThatThrownBy(() -> fixtures.as(worker, () -> {
                    appointments.recordOutcome(
                            episode,
                            booked,
                            new AppointmentOutcome(AppointmentStatus.CANCELLED, null, "CLIENT", "Ill", null, 1));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, v -> assertThat(v.code()).isEqualTo("OUTCOME_ALREADY_RECORDED"));
        AppointmentsView view = fixtures.as(worker, () -> appointments.view(episode));
        assertThat(view.appointments()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AppointmentStatus.ATTENDED);
            assertThat(a.note()).isEqualTo("Talked about housing");
            assertThat(a.keyworkerUsername()).isEqualTo(worker.username());
        });
        assertThat(jdbc.sql("select count(*) from client_timeline where client_id = ? and source_id = ?")
                        .param(client)
                        .param(booked)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDidNotAttendNeedsAReasonACancellationWhoAndWhyAndNothingIsHalfSaved() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = CarePlanFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDateTime now = LocalDateTime.now(clock);
        UUID episode = fixtures.episode(worker, client, now.toLocalDate().minusDays(10));
        UUID booked = fixtures.as(
                worker,
                () -> appointments.book(
                        episode,
                        new NewAppointment(
                                now.minusMinutes(30), 30, AppointmentKind.TELEPHONE, null, null, null, null)));

        assertThatThrownBy(() -> fixtures.as(worker, () -> {
                    appointments.recordOutcome(
                            episode,
                            booked,
                            new AppointmentOutcome(AppointmentStatus.DID_NOT_ATTEND, null, null, null, null, 0));
                    return null;
                }))
                .hasMessage("Choose why the client did not attend");
        assertThatThrownBy(() -> fixtures.as(worker, () -> {
                    appointments.recordOutcome(
                            episode,
                            booked,
                            new AppointmentOutcome(AppointmentStatus.CANCELLED, null, null, " ", null, 0));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(DomainRuleViolation.FieldProblem::field)
                                .containsExactly("cancelledBy", "cancellationReason"));
        assertThat(jdbc.sql("select status from treatment_appointment where id = ?")
                        .param(booked)
                        .query(String.class)
                        .single())
                .isEqualTo("BOOKED");

        fixtures.as(worker, () -> {
            appointments.recordOutcome(
                    episode,
                    booked,
                    new AppointmentOutcome(AppointmentStatus.DID_NOT_ATTEND, "UNWELL", null, null, null, 0));
            return null;
        });
        assertThat(jdbc.sql("select dna_reason from treatment_appointment where id = ?")
                        .param(booked)
                        .query(String.class)
                        .single())
                .isEqualTo("UNWELL");
    }

    @Test
    void pastAppointmentsAreRecordedAsContactsAndContactsAreNeverInTheFuture() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID partner = fixtures.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser worker = CarePlanFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDateTime now = LocalDateTime.now(clock);
        UUID episode = fixtures.episode(worker, client, now.toLocalDate().minusDays(10));

        assertThatThrownBy(() -> fixtures.as(
                        worker,
                        () -> appointments.book(
                                episode,
                                new NewAppointment(
                                        now.minusDays(2),
                                        45,
                                        AppointmentKind.ONE_TO_ONE,
                                        partner,
                                        UUID.randomUUID(),
                                        null,
                                        null))))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(DomainRuleViolation.FieldProblem::message)
                                .containsExactly(
                                        "An appointment that has already happened cannot be booked: record it as a contact",
                                        "Choose a venue from the list: a GP practice or community venue",
                                        "Choose one of the episode's open interventions"));
        assertThatThrownBy(() -> fixtures.as(
                        worker,
                        () -> appointments.recordContact(
                                episode,
                                new NewAppointment(
                                        now.plusHours(2), 45, AppointmentKind.VIDEO, null, null, null, null))))
                .hasMessage("A contact cannot be in the future: book an appointment");
        UUID contact = fixtures.as(
                worker,
                () -> appointments.recordContact(
                        episode,
                        new NewAppointment(
                                now.minusDays(2),
                                20,
                                AppointmentKind.HOME_VISIT,
                                null,
                                null,
                                null,
                                "Home visit, all well")));
        assertThat(jdbc.sql("select status from treatment_appointment where episode_id = ?")
                        .param(episode)
                        .query(String.class)
                        .list())
                .containsExactly("ATTENDED");
        assertThat(jdbc.sql("select count(*) from client_timeline where source_id = ?")
                        .param(contact)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void thePageBooksAndRecordsOutcomesWithFieldErrorsAndRefusesOutsiders() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = CarePlanFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDateTime now = LocalDateTime.now(clock);
        UUID episode = fixtures.episode(worker, client, now.toLocalDate().minusDays(10));

        mvc.perform(post("/episodes/" + episode + "/appointments")
                        .with(Actors.as(worker))
                        .with(csrf())
                        .param("action", "contact")
                        .param("startsOn", now.toLocalDate().minusDays(1).toString())
                        .param("startsAt", "10:30")
                        .param("durationMinutes", "45")
                        .param("kind", "ONE_TO_ONE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/episodes/" + episode + "/appointments")
                        .with(Actors.as(worker))
                        .with(csrf())
                        .param("action", "book")
                        .param("startsOn", now.toLocalDate().plusDays(1).toString())
                        .param("startsAt", "10:30")
                        .param("durationMinutes", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter how long it lasts, from 5 to 480 minutes")))
                .andExpect(content().string(containsString("Choose the kind of appointment")));
        mvc.perform(get("/episodes/" + episode + "/appointments").with(Actors.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Attended")));

        CurrentUser outsider = CarePlanFixtures.worker(fixtures.organisation(OrganisationType.PARTNER_PROVIDER));
        mvc.perform(get("/episodes/" + episode + "/appointments").with(Actors.as(outsider)))
                .andExpect(status().isForbidden());
    }
}
