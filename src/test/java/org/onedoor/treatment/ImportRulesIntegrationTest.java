package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.appointments.AppointmentImport;
import org.onedoor.treatment.appointments.AppointmentImport.ImportedAppointment;
import org.onedoor.treatment.appointments.AppointmentKind;
import org.onedoor.treatment.appointments.AppointmentStatus;
import org.onedoor.treatment.careplan.CarePlanImport;
import org.onedoor.treatment.careplan.CarePlanImport.ImportedGoal;
import org.onedoor.treatment.careplan.CarePlanImport.ImportedReview;
import org.onedoor.treatment.careplan.GoalStatus;
import org.onedoor.treatment.family.FamilyImport;
import org.onedoor.treatment.family.FamilyImport.ImportedConcernedOther;
import org.onedoor.treatment.family.FamilyImport.ImportedSession;
import org.onedoor.treatment.family.SessionKind;
import org.onedoor.treatment.groupwork.AttendanceStatus;
import org.onedoor.treatment.groupwork.GroupWorkImport;
import org.onedoor.treatment.groupwork.GroupWorkImport.ImportedProgramme;
import org.onedoor.treatment.prescribing.CourseReview;
import org.onedoor.treatment.prescribing.Instalment;
import org.onedoor.treatment.prescribing.PrescriberKind;
import org.onedoor.treatment.prescribing.PrescribingImport;
import org.onedoor.treatment.prescribing.PrescribingImport.ImportedChange;
import org.onedoor.treatment.prescribing.PrescribingImport.ImportedCourse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 item 4: the bulk imports of prescribing, care plans, family support, group work and appointments build
 * through the rules a worker's entries are held to. A row those rules refuse stops the whole import with a message
 * naming the row and the problem, and nothing of it (not even the good rows before it) is written.
 */
@IntegrationTest
@Import(TreatmentFixtures.class)
class ImportRulesIntegrationTest {

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    PrescribingImport prescribing;

    @Autowired
    CarePlanImport carePlans;

    @Autowired
    FamilyImport family;

    @Autowired
    GroupWorkImport groupWork;

    @Autowired
    AppointmentImport appointments;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private final CurrentUser admin = new CurrentUser(
            UUID.randomUUID(),
            "importer-" + UUID.randomUUID().toString().substring(0, 8),
            "Importer",
            UUID.randomUUID(),
            Set.of(Role.ADMINISTRATOR));
    private UUID provider;
    private UUID client;
    private UUID episode;
    private LocalDate triaged;
    private LocalDate today;

    @BeforeEach
    void anEpisode() {
        provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        client = fixtures.client(worker);
        today = LocalDate.now(clock);
        triaged = today.minusDays(120);
        episode = fixtures.episode(worker, client, triaged.minusDays(3), triaged);
    }

    @Test
    void prescribingRefusesACourseThePrescribingRulesRefuse() {
        ImportedCourse good = course(started(30), List.of(dose(10, 40, "Titration")));
        refused(
                "Imported prescribing course 1, change 0 (DOSE on " + triaged.plusDays(10) + "): doseMg: The dose of "
                        + "Methadone oral solution 1 mg/ml must be between 1 mg and 300 mg",
                () -> prescribing.importCourses(List.of(good, course(started(30), List.of(dose(10, 400, "Up"))))));
        refused(
                "Imported prescribing course 1, change 1 (STOPPED on " + triaged.plusDays(5) + "): stoppedOn: The "
                        + "course cannot stop before its last change or start",
                () -> prescribing.importCourses(List.of(
                        good,
                        course(
                                started(30),
                                List.of(
                                        dose(10, 40, "Titration"),
                                        new ImportedChange(
                                                "STOPPED", triaged.plusDays(5), null, null, null, null, "Ended"))))));
        refused(
                "Imported prescribing course 1, change 0 (DOSE on " + triaged.plusDays(10) + "): reason: Enter the "
                        + "reason for the change",
                () -> prescribing.importCourses(List.of(good, course(started(30), List.of(dose(10, 40, null))))));
        refused(
                "Imported prescribing course 1 (its start): startedOn: The start date must be today or in the past",
                () -> prescribing.importCourses(List.of(
                        good,
                        course(
                                new ImportedChange(
                                        "STARTED",
                                        today.plusDays(1),
                                        new BigDecimal("30"),
                                        Instalment.DAILY,
                                        true,
                                        7,
                                        null),
                                List.of()))));
        refused(
                "Imported prescribing course 1 (its start): supervisedDays: Enter how many days a week",
                () -> prescribing.importCourses(List.of(
                        good,
                        course(
                                new ImportedChange(
                                        "STARTED",
                                        triaged.plusDays(2),
                                        new BigDecimal("30"),
                                        Instalment.DAILY,
                                        true,
                                        9,
                                        null),
                                List.of()))));
        assertThat(rows("select count(*) from treatment_prescribing_course where episode_id = ?", episode))
                .isZero();
        assertThat(currentUsers.actingAs(admin, () -> prescribing.importCourses(List.of(good))))
                .isEqualTo(1);
    }

    @Test
    void carePlansRefuseAGoalOrReviewTheCarePlanRulesRefuse() {
        ImportedGoal good = goal("SUBSTANCE_USE", "Cut down", List.of(review(10, GoalStatus.IN_PROGRESS, 40)));
        refused(
                "Imported care-plan goal 1, review 0: nextReviewDue: Enter when the goal is next to be reviewed",
                () -> carePlans.importGoals(List.of(
                        good, goal("HOUSING", "Find a flat", List.of(review(10, GoalStatus.IN_PROGRESS, null))))));
        refused(
                "Imported care-plan goal 1, review 0: reviewedOn: The review cannot be before the goal was set",
                () -> carePlans.importGoals(List.of(
                        good, goal("HOUSING", "Find a flat", List.of(review(-1, GoalStatus.ACHIEVED, null))))));
        refused(
                "Imported care-plan goal 1, review 1: reviewedOn: The reviews of a goal come in date order",
                () -> carePlans.importGoals(List.of(
                        good,
                        goal(
                                "HOUSING",
                                "Find a flat",
                                List.of(
                                        review(20, GoalStatus.IN_PROGRESS, 40),
                                        review(15, GoalStatus.ACHIEVED, null))))));
        refused(
                "Imported care-plan goal 1: domain: Choose the area of the client's life the goal is about; text: "
                        + "Enter the goal",
                () -> carePlans.importGoals(List.of(good, goal("NOWHERE", " ", List.of()))));
        assertThat(rows("select count(*) from treatment_care_plan_goal where episode_id = ?", episode))
                .isZero();
        assertThat(currentUsers.actingAs(admin, () -> carePlans.importGoals(List.of(good))))
                .isEqualTo(1);
    }

    @Test
    void familySupportRefusesAConcernedOtherOrSessionTheFamilyRulesRefuse() {
        ImportedConcernedOther good = other("01632 960111", List.of(session(today)));
        refused(
                "Imported concerned other 1, session 0: heldOn: The session date must be today or in the past",
                () -> family.importConcernedOthers(
                        List.of(good, other("01632 960111", List.of(session(today.plusDays(1)))))));
        refused(
                "Imported concerned other 1: telephone: Enter a telephone number or email to contact them on",
                () -> family.importConcernedOthers(List.of(good, other(null, List.of()))));
        assertThat(rows("select count(*) from treatment_concerned_other where client_id = ?", client))
                .isZero();
        assertThat(currentUsers.actingAs(admin, () -> family.importConcernedOthers(List.of(good))))
                .isEqualTo(1);
    }

    @Test
    void groupWorkRefusesASessionOrRegisterTheGroupRulesRefuse() {
        UUID venue = fixtures.organisation(OrganisationType.VENUE);
        UUID other = UUID.randomUUID();
        String name = "Group " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime past = triaged.plusDays(7).atTime(14, 0);
        ImportedProgramme good = programme(name, venue, past, 12, Map.of(client, AttendanceStatus.ATTENDED));
        refused(
                "Imported group programme 1 (" + name + "), session 0: venueId: ",
                () -> groupWork.importProgrammes(List.of(good, programme(name, provider, past, 12, Map.of()))));
        refused(
                "Imported group programme 1 (" + name + "), session 0: capacity: Enter a capacity from 1 to 200 places",
                () -> groupWork.importProgrammes(List.of(good, programme(name, venue, past, 0, Map.of()))));
        refused(
                "Imported group programme 1 (" + name + "), session 0: attendance: Only clients enrolled in " + name
                        + " can be on its register",
                () -> groupWork.importProgrammes(
                        List.of(good, programme(name, venue, past, 12, Map.of(other, AttendanceStatus.ATTENDED)))));
        refused(
                "Imported group programme 1 (" + name + "), session 0: attendance: Attendance can be recorded once",
                () -> groupWork.importProgrammes(List.of(
                        good,
                        programme(
                                name,
                                venue,
                                today.plusDays(3).atTime(14, 0),
                                12,
                                Map.of(client, AttendanceStatus.ATTENDED)))));
        assertThat(rows("select count(*) from treatment_group_programme where name = ?", name))
                .isZero();
        assertThat(currentUsers.actingAs(admin, () -> groupWork.importProgrammes(List.of(good))))
                .hasSize(1);
    }

    @Test
    void appointmentsRefuseAnAppointmentTheAppointmentRulesRefuse() {
        LocalDateTime past = triaged.plusDays(3).atTime(10, 0);
        ImportedAppointment good = appointment(past, 45, AppointmentStatus.ATTENDED, null, null, null);
        refused(
                "Imported appointment 1: dnaReason: Choose why the client did not attend",
                () -> appointments.importAppointments(
                        List.of(
                                good,
                                appointment(past, 45, AppointmentStatus.DID_NOT_ATTEND, "NOT_A_REASON", null, null)),
                        List.of()));
        refused(
                "Imported appointment 1: status: The appointment is not until",
                () -> appointments.importAppointments(
                        List.of(
                                good,
                                appointment(
                                        today.plusDays(2).atTime(10, 0),
                                        45,
                                        AppointmentStatus.ATTENDED,
                                        null,
                                        null,
                                        null)),
                        List.of()));
        refused(
                "Imported appointment 1: durationMinutes: Enter how long it lasts, from 5 to 480 minutes; "
                        + "cancelledBy: Choose who cancelled: the client or the service",
                () -> appointments.importAppointments(
                        List.of(good, appointment(past, 2, AppointmentStatus.CANCELLED, null, "NOBODY", "Moved")),
                        List.of()));
        refused(
                "Imported outcome review 0: reviewedOn: ",
                () -> appointments.importAppointments(
                        List.of(good),
                        List.of(new AppointmentImport.ImportedOutcomeReview(episode, today.plusDays(1)))));
        assertThat(rows("select count(*) from treatment_appointment where episode_id = ?", episode))
                .isZero();
        assertThat(currentUsers.actingAs(
                        admin,
                        () -> appointments.importAppointments(
                                List.of(
                                        good,
                                        appointment(
                                                today.plusDays(2).atTime(10, 0),
                                                45,
                                                AppointmentStatus.BOOKED,
                                                null,
                                                null,
                                                null)),
                                List.of())))
                .isEqualTo(2);
    }

    private void refused(String message, Supplier<?> importing) {
        assertThatThrownBy(() -> currentUsers.actingAs(admin, importing::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    private long rows(String sql, Object key) {
        return jdbc.sql(sql).param(key).query(Long.class).single();
    }

    private ImportedChange started(int mg) {
        return new ImportedChange("STARTED", triaged.plusDays(2), new BigDecimal(mg), Instalment.DAILY, true, 7, null);
    }

    private ImportedChange dose(int day, int mg, String reason) {
        return new ImportedChange("DOSE", triaged.plusDays(day), new BigDecimal(mg), null, null, null, reason);
    }

    private ImportedCourse course(ImportedChange started, List<ImportedChange> changes) {
        return new ImportedCourse(
                new ClientId(client),
                new EpisodeId(episode),
                "METHADONE_ORAL",
                PrescriberKind.SPECIALIST,
                new OrganisationId(provider),
                "Dr Prescriber",
                "High Street Pharmacy",
                started,
                changes,
                List.of(new CourseReview(triaged.plusDays(20), "Dr Prescriber", "Stable", triaged.plusDays(60))));
    }

    private ImportedGoal goal(String domain, String text, List<ImportedReview> reviews) {
        return new ImportedGoal(
                episode, client, domain, text, triaged, triaged.plusDays(90), triaged.plusDays(30), reviews);
    }

    private ImportedReview review(int day, GoalStatus status, Integer nextDay) {
        return new ImportedReview(
                triaged.plusDays(day), "Reviewed", status, nextDay == null ? null : triaged.plusDays(nextDay));
    }

    private ImportedConcernedOther other(String telephone, List<ImportedSession> sessions) {
        return new ImportedConcernedOther(
                provider, "Pat", "Carer", "Mother", telephone, true, false, triaged, client, sessions);
    }

    private static ImportedSession session(LocalDate on) {
        return new ImportedSession(on, "Family Worker", null, SessionKind.ONE_TO_ONE, null);
    }

    private ImportedProgramme programme(
            String name, UUID venue, LocalDateTime startsAt, int capacity, Map<UUID, AttendanceStatus> register) {
        return new ImportedProgramme(
                name,
                null,
                "PSYCHOSOCIAL",
                null,
                provider,
                List.of(new GroupWorkImport.ImportedSession(
                        startsAt, 90, capacity, venue, null, "Group Facilitator", register)),
                Map.of(client, triaged.plusDays(1)));
    }

    private ImportedAppointment appointment(
            LocalDateTime at,
            int minutes,
            AppointmentStatus status,
            String dnaReason,
            String cancelledBy,
            String reason) {
        return new ImportedAppointment(
                episode,
                client,
                "keyworker",
                at,
                minutes,
                AppointmentKind.ONE_TO_ONE,
                status,
                dnaReason,
                cancelledBy,
                reason,
                null);
    }
}
