package org.onedoor.treatment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.referral.AcceptedReferrals;
import org.onedoor.referral.HistoricReferral;
import org.onedoor.referral.NewReferral;
import org.onedoor.referral.ReferralImport;
import org.onedoor.referral.TriageOutcome;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.NewReferralBuilder;
import org.onedoor.treatment.appointments.AppointmentImport;
import org.onedoor.treatment.appointments.AppointmentKind;
import org.onedoor.treatment.appointments.AppointmentStatus;
import org.onedoor.treatment.careplan.CarePlanImport;
import org.onedoor.treatment.careplan.GoalStatus;
import org.onedoor.treatment.family.FamilyImport;
import org.onedoor.treatment.family.SessionKind;
import org.onedoor.treatment.groupwork.AttendanceStatus;
import org.onedoor.treatment.groupwork.GroupWorkImport;
import org.onedoor.treatment.harmreduction.HarmReductionImport;
import org.onedoor.treatment.harmreduction.HarmReductionTypes;
import org.onedoor.treatment.prescribing.CourseReview;
import org.onedoor.treatment.prescribing.Instalment;
import org.onedoor.treatment.prescribing.PrescriberKind;
import org.onedoor.treatment.prescribing.PrescribingImport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client's whole record across the modules above the client record: an accepted referral with its screening, an
 * episode, an appointment, a care-plan goal, a prescribing course, a group programme with a register, a needle
 * exchange visit, naloxone, a blood-borne-virus test and a concerned other. Written through the modules' bulk APIs
 * (the trusted paths the demo and migration use), for the merge and subject-access tests.
 */
@Component
public class WholeRecordFixtures {

    /** Every table (and its client column) a client's rows live in above the client record. */
    public static final List<String> CLIENT_TABLES = List.of(
            "referral",
            "treatment_episode",
            "treatment_care_plan_goal",
            "treatment_appointment",
            "treatment_prescribing_course",
            "treatment_group_enrolment",
            "treatment_group_attendance",
            "treatment_nsp_visit",
            "treatment_naloxone_supply",
            "treatment_bbv_entry",
            "treatment_concerned_other");

    private final TreatmentFixtures fixtures;
    private final ReferralImport referrals;
    private final AcceptedReferrals accepted;
    private final AppointmentImport appointments;
    private final CarePlanImport carePlans;
    private final PrescribingImport prescribing;
    private final GroupWorkImport groups;
    private final HarmReductionImport harmReduction;
    private final FamilyImport family;
    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final Clock clock;

    WholeRecordFixtures(
            TreatmentFixtures fixtures,
            ReferralImport referrals,
            AcceptedReferrals accepted,
            AppointmentImport appointments,
            CarePlanImport carePlans,
            PrescribingImport prescribing,
            GroupWorkImport groups,
            HarmReductionImport harmReduction,
            FamilyImport family,
            CurrentUsers currentUsers,
            JdbcClient jdbc,
            Clock clock) {
        this.fixtures = fixtures;
        this.referrals = referrals;
        this.accepted = accepted;
        this.appointments = appointments;
        this.carePlans = carePlans;
        this.prescribing = prescribing;
        this.groups = groups;
        this.harmReduction = harmReduction;
        this.family = family;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Everything above for the client, at the worker's organisation; returns the episode's id. */
    public UUID everythingFor(UUID client, CurrentUser worker, LocalDate triaged) {
        UUID provider = worker.organisationId();
        UUID episode = fixtures.episode(worker, client, triaged.minusDays(3), triaged);
        CurrentUser admin = Actors.person(Role.ADMINISTRATOR, provider);
        UUID venue = fixtures.organisation(OrganisationType.VENUE);
        currentUsers.actingAs(admin, () -> {
            referral(client, provider, triaged);
            appointments.importAppointments(
                    List.of(new AppointmentImport.ImportedAppointment(
                            episode,
                            client,
                            worker.username(),
                            triaged.plusDays(1).atTime(10, 0),
                            45,
                            AppointmentKind.ONE_TO_ONE,
                            AppointmentStatus.ATTENDED,
                            null,
                            null,
                            null,
                            "Talked about cutting down")),
                    List.of());
            carePlans.importGoals(List.of(new CarePlanImport.ImportedGoal(
                    episode,
                    client,
                    "SUBSTANCE_USE",
                    "Drink on no more than three days a week",
                    triaged.plusDays(1),
                    triaged.plusDays(60),
                    triaged.plusDays(28),
                    List.of(new CarePlanImport.ImportedReview(
                            triaged.plusDays(20), "Going well", GoalStatus.IN_PROGRESS, triaged.plusDays(48))))));
            prescribing.importCourses(List.of(new PrescribingImport.ImportedCourse(
                    new ClientId(client),
                    new EpisodeId(episode),
                    "METHADONE_ORAL",
                    PrescriberKind.SPECIALIST,
                    new OrganisationId(provider),
                    "Dr Prescriber",
                    "High Street Pharmacy",
                    new PrescribingImport.ImportedChange(
                            "STARTED", triaged.plusDays(2), new BigDecimal("30"), Instalment.DAILY, true, 7, null),
                    List.of(),
                    List.of(new CourseReview(triaged.plusDays(16), "Dr Prescriber", "Stable", null)))));
            groups.importProgrammes(List.of(new GroupWorkImport.ImportedProgramme(
                    "Recovery group " + UUID.randomUUID().toString().substring(0, 6),
                    null,
                    "PSYCHOSOCIAL",
                    null,
                    provider,
                    List.of(new GroupWorkImport.ImportedSession(
                            triaged.plusDays(5).atTime(14, 0),
                            90,
                            12,
                            venue,
                            null,
                            "Group Facilitator",
                            Map.of(client, AttendanceStatus.ATTENDED))),
                    Map.of(client, triaged.plusDays(1)))));
            harmReduction.importHarmReduction(
                    List.of(new HarmReductionImport.ImportedVisit(
                            provider,
                            triaged.plusDays(3),
                            client,
                            null,
                            Map.of("NEEDLE", new HarmReductionTypes.ItemCount(10, 4)))),
                    List.of(new HarmReductionImport.ImportedNaloxone(
                            client,
                            provider,
                            triaged.plusDays(3),
                            "NASAL",
                            1,
                            HarmReductionTypes.Recipient.CLIENT,
                            null)),
                    List.of(new HarmReductionImport.ImportedBbv(
                            client,
                            provider,
                            HarmReductionTypes.Virus.HEP_C,
                            HarmReductionTypes.BbvKind.TEST,
                            triaged.plusDays(3),
                            HarmReductionTypes.BbvStatus.DONE,
                            HarmReductionTypes.BbvResult.NEGATIVE,
                            null,
                            false)));
            family.importConcernedOthers(List.of(new FamilyImport.ImportedConcernedOther(
                    provider,
                    "Pat",
                    "Carer",
                    "Mother",
                    "01632 960111",
                    true,
                    true,
                    triaged,
                    client,
                    List.of(new FamilyImport.ImportedSession(
                            triaged.plusDays(4),
                            "Family Worker",
                            null,
                            SessionKind.ONE_TO_ONE,
                            "Worried about the drinking")))));
            return null;
        });
        return episode;
    }

    private void referral(UUID client, UUID provider, LocalDate triaged) {
        Instant received = triaged.minusDays(3).atStartOfDay(clock.getZone()).toInstant();
        NewReferral details = NewReferralBuilder.aReferral()
                .named("Alex", "Whole")
                .born(LocalDate.of(1979, 6, 14))
                .sex(Sex.MALE)
                .contact(ContactDetails.NONE)
                .build();
        HistoricReferral historic = new HistoricReferral(
                details,
                received,
                "spoc",
                new HistoricReferral.Triage(
                        received.plusSeconds(3600),
                        "spoc",
                        TriageOutcome.ALLOCATE_TO_PARTNER,
                        "Needs structured treatment",
                        "STRUCTURED_PSYCHOSOCIAL",
                        "ALCOHOL"),
                new HistoricReferral.Allocation(
                        received.plusSeconds(7200), "spoc", provider, "Partner of choice", null),
                HistoricReferral.Answer.accepted(received.plusSeconds(86400), "provider"),
                null,
                null);
        UUID referral = referrals.importReferrals(List.of(historic)).get(0);
        accepted.link(Map.of(referral, client));
    }

    /** Which client each row of every client table now belongs to: table, row id, client id. */
    public Map<String, Map<UUID, UUID>> owners(Set<UUID> clients) {
        Map<String, Map<UUID, UUID>> owners = new LinkedHashMap<>();
        for (String table : CLIENT_TABLES) {
            Map<UUID, UUID> rows = new LinkedHashMap<>();
            jdbc.sql("select id, client_id from " + table + " where client_id in (:clients) order by id")
                    .param("clients", clients)
                    .query((rs, n) -> rows.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                    .list();
            owners.put(table, rows);
        }
        return owners;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
