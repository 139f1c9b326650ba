package org.onedoor.treatment.groupwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientAccessRefused;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class GroupWorkIntegrationTest {

    private static final CurrentUser ADMIN =
            new CurrentUser(UUID.randomUUID(), "groups-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    GroupProgrammes programmes;

    @Autowired
    GroupAttendance attendance;

    @Autowired
    GroupQueries queries;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Test
    void refusesAnEnrolmentOverCapacityAndASecondEnrolmentOfTheSameClient() {
        Setup s = new Setup();
        UUID programme = as(
                s.worker,
                () -> programmes.create(
                        new NewProgramme("SMART " + UUID.randomUUID(), null, "RECOVERY_SUPPORT", null)));
        as(
                s.worker,
                () -> programmes.schedule(
                        programme, new NewSession(LocalDateTime.now(clock).plusDays(3), 90, 2, s.venue, null, false)));
        UUID first = s.client();
        UUID second = s.client();
        as(s.worker, () -> attendance.enrol(programme, first));
        assertThatThrownBy(() -> as(s.worker, () -> attendance.enrol(programme, first)))
                .hasMessageContaining("already enrolled");
        as(s.worker, () -> attendance.enrol(programme, second));
        UUID third = s.client();
        assertThatThrownBy(() -> as(s.worker, () -> attendance.enrol(programme, third)))
                .hasMessageStartingWith("This session is full: 2 of 2 places taken");
        assertThat(jdbc.sql("select count(*) from treatment_group_enrolment where programme_id = ?")
                        .param(programme)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void recordsAPastRegisterOnTheTimelineAndRefusesAFutureOneAndOutsiders() throws Exception {
        Setup s = new Setup();
        UUID programme = as(
                s.worker,
                () -> programmes.create(new NewProgramme("CBT " + UUID.randomUUID(), null, "PSYCHOSOCIAL", "PSY_CBT")));
        assertThatThrownBy(() -> as(
                        s.worker,
                        () -> programmes.schedule(
                                programme,
                                new NewSession(LocalDateTime.now(clock).minusDays(2), 60, 10, s.venue, null, false))))
                .hasMessageContaining("must start in the future");
        UUID past = as(
                s.worker,
                () -> programmes.schedule(
                        programme, new NewSession(LocalDateTime.now(clock).minusDays(2), 60, 10, s.venue, null, true)));
        UUID future = as(
                s.worker,
                () -> programmes.schedule(
                        programme, new NewSession(LocalDateTime.now(clock).plusDays(5), 60, 10, s.venue, null, false)));
        UUID client = s.client();
        as(s.worker, () -> attendance.enrol(programme, client));

        assertThatThrownBy(() ->
                        as(s.worker, () -> attendance.record(future, Map.of(client, AttendanceStatus.ATTENDED))))
                .hasMessageContaining("once the session has started");

        mvc.perform(post("/groups/sessions/" + past)
                        .with(Actors.as(s.worker))
                        .with(csrf())
                        .param("attendance-" + client, "ATTENDED"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from treatment_group_attendance where session_id = ? and client_id = ?")
                        .params(past, client)
                        .query(String.class)
                        .single())
                .isEqualTo("ATTENDED");
        assertThat(jdbc.sql("select count(*) from client_timeline where client_id = ? and source_id = ?")
                        .params(client, past)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from audit_access_log where subject_id = ? and detail like 'Group session%'")
                        .param(client)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(get("/groups/sessions/" + past).with(Actors.as(s.worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Session register")));
        mvc.perform(get("/groups").with(Actors.as(s.worker))).andExpect(status().isOk());
        CurrentUser commissioner = Actors.person(Role.COMMISSIONER, s.provider);
        mvc.perform(get("/groups").with(Actors.as(commissioner))).andExpect(status().isForbidden());

        CurrentUser elsewhere = TestPeople.worker(new Setup().provider);
        UUID theirs = as(
                elsewhere,
                () -> programmes.create(
                        new NewProgramme("Other " + UUID.randomUUID(), null, "RECOVERY_SUPPORT", null)));
        assertThatThrownBy(() -> as(elsewhere, () -> attendance.enrol(theirs, client)))
                .isInstanceOf(ClientAccessRefused.class);
    }

    @Test
    void anAllOrNothingRegisterSavesNothingWhenOneLineIsRefused() {
        Setup s = new Setup();
        UUID programme = as(
                s.worker,
                () -> programmes.create(new NewProgramme("Peer " + UUID.randomUUID(), null, "RECOVERY_SUPPORT", null)));
        UUID past = as(
                s.worker,
                () -> programmes.schedule(
                        programme,
                        new NewSession(LocalDateTime.now(clock).minusHours(3), 60, 10, s.venue, null, true)));
        UUID enrolled = s.client();
        UUID notEnrolled = s.client();
        as(s.worker, () -> attendance.enrol(programme, enrolled));
        assertThatThrownBy(() -> as(
                        s.worker,
                        () -> attendance.record(
                                past,
                                Map.of(enrolled, AttendanceStatus.ATTENDED, notEnrolled, AttendanceStatus.ATTENDED))))
                .hasMessageContaining("Only clients enrolled");
        assertThat(jdbc.sql("select count(*) from treatment_group_attendance where session_id = ?")
                        .param(past)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void registersAndEnrolmentListsShowOnlyClientsThePersonMaySee() {
        Setup s = new Setup();
        UUID programme = as(
                s.worker,
                () -> programmes.create(
                        new NewProgramme("Access " + UUID.randomUUID(), null, "PSYCHOSOCIAL", "PSY_CBT")));
        UUID session = as(
                s.worker,
                () -> programmes.schedule(
                        programme, new NewSession(LocalDateTime.now(clock).minusDays(1), 60, 10, s.venue, null, true)));
        UUID mine = s.client();
        as(s.worker, () -> attendance.enrol(programme, mine));
        Setup other = new Setup();
        UUID theirs = other.client();
        jdbc.sql("""
                insert into treatment_group_enrolment (id, programme_id, client_id, enrolled_on, enrolled_at,
                    enrolled_by) values (?, ?, ?, ?, ?, 'someone-else')
                """)
                .params(
                        UUID.randomUUID(),
                        programme,
                        theirs,
                        LocalDate.now(clock),
                        clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();

        assertThat(as(s.worker, () -> queries.register(session)).lines())
                .extracting(GroupViews.RegisterLine::clientId)
                .containsExactly(mine);
        assertThat(as(s.worker, () -> queries.programme(programme)).enrolments())
                .extracting(GroupViews.Enrolment::clientId)
                .containsExactly(mine);
        assertThat(jdbc.sql(
                                "select count(*) from audit_access_log where username = ? and detail like 'Group %: 1 clients named'")
                        .param(s.worker.username())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThatThrownBy(() ->
                        as(s.worker, () -> attendance.record(session, Map.of(theirs, AttendanceStatus.ATTENDED))))
                .isInstanceOf(org.onedoor.client.ClientAccessRefused.class);
        assertThat(jdbc.sql("select count(*) from treatment_group_attendance where session_id = ?")
                        .param(session)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }

    /** A provider with a worker, a community venue, and clients the worker registers. */
    final class Setup {
        final UUID provider = organisation(OrganisationType.LEAD_PROVIDER);
        final UUID venue = organisation(OrganisationType.VENUE);
        final CurrentUser worker = TestPeople.worker(provider);

        UUID client() {
            return as(
                    worker,
                    () -> registry.register(NewClient.named(
                            "Robin",
                            "Group"
                                    + UUID.randomUUID()
                                            .toString()
                                            .replaceAll("[0-9-]", "x")
                                            .substring(0, 6),
                            LocalDate.of(1985, 3, 2),
                            Sex.FEMALE)));
        }

        private UUID organisation(OrganisationType type) {
            return as(
                    ADMIN,
                    () -> directory.registerOrganisation(
                            OrganisationBuilder.a(type).build()));
        }
    }

    static final class TestPeople {
        static CurrentUser worker(UUID organisation) {
            return new CurrentUser(
                    UUID.randomUUID(),
                    "worker-" + UUID.randomUUID().toString().substring(0, 8),
                    "Test Worker",
                    organisation,
                    Set.of(Role.RECOVERY_WORKER));
        }
    }
}
