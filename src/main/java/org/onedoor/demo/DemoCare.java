package org.onedoor.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.onedoor.treatment.appointments.AppointmentImport.ImportedAppointment;
import org.onedoor.treatment.appointments.AppointmentKind;
import org.onedoor.treatment.appointments.AppointmentStatus;
import org.onedoor.treatment.careplan.CarePlanImport.ImportedGoal;
import org.onedoor.treatment.careplan.CarePlanImport.ImportedReview;
import org.onedoor.treatment.careplan.GoalStatus;

/**
 * The keyworking of one demo episode: care-plan goals across domains with reviews every six to ten weeks, and
 * appointments over its last six months (attended, not attended
 * with a reason, cancelled); an open episode also has appointments booked ahead, and now and then one whose outcome
 * is still to record, so a caseload shows what is due.
 */
final class DemoCare {

    private static final Map<String, List<String>> GOALS = Map.of(
            "SUBSTANCE_USE",
                    List.of(
                            "Stop using heroin on top of the prescription",
                            "Cut down to two drinking days a week",
                            "Stay abstinent from crack cocaine",
                            "Reduce cannabis use to weekends only"),
            "PHYSICAL_HEALTH",
                    List.of(
                            "Register with a dentist and attend a check-up",
                            "Complete hepatitis C treatment",
                            "Get the leg wound looked at by the practice nurse"),
            "MENTAL_HEALTH", List.of("Attend the talking therapies assessment", "Use the sleep plan most nights"),
            "HOUSING", List.of("Move from the hostel to a tenancy", "Keep up the rent arrears plan"),
            "MONEY_BENEFITS",
                    List.of(
                            "Apply for Universal Credit with the welfare rights adviser",
                            "Set up a budget and pay the gas debt"),
            "EMPLOYMENT_EDUCATION", List.of("Start the volunteering placement", "Enrol on the college English course"),
            "FAMILY_RELATIONSHIPS",
                    List.of("Have supervised contact with the children every fortnight", "Rebuild contact with mum"),
            "OFFENDING", List.of("Complete the community order requirements"));
    private static final List<String> DOMAINS = List.of(
            "PHYSICAL_HEALTH",
            "MENTAL_HEALTH",
            "HOUSING",
            "MONEY_BENEFITS",
            "EMPLOYMENT_EDUCATION",
            "FAMILY_RELATIONSHIPS",
            "OFFENDING");
    private static final List<String> PROGRESS = List.of(
            "Good progress since the last review",
            "Some progress; agreed the next small step",
            "Little progress: barriers discussed and plan adjusted",
            "Client reports steady change; evidence seen");
    private static final Weighted<String> DNA = new Weighted<String>()
            .add(40, "NO_CONTACT")
            .add(20, "FORGOT")
            .add(12, "UNWELL")
            .add(4, "CUSTODY")
            .add(4, "HOSPITAL")
            .add(10, "TRAVEL")
            .add(6, "CARING_OR_WORK")
            .add(4, "OTHER");
    private static final Weighted<AppointmentKind> KIND = new Weighted<AppointmentKind>()
            .add(70, AppointmentKind.ONE_TO_ONE)
            .add(18, AppointmentKind.TELEPHONE)
            .add(7, AppointmentKind.VIDEO)
            .add(5, AppointmentKind.HOME_VISIT);

    private final Random random;
    private final LocalDate today;

    DemoCare(DemoContext context) {
        this.random = context.random;
        this.today = context.today;
    }

    List<ImportedGoal> goals(DemoContext.DemoEpisode e) {
        LocalDate setOn = e.episode().carePlanStartedOn();
        if (setOn == null) {
            return List.of();
        }
        LocalDate end = e.open() ? today : e.episode().dischargedOn();
        List<String> domains = new ArrayList<>(List.of("SUBSTANCE_USE"));
        for (int n = 1 + random.nextInt(3); domains.size() <= n; ) {
            String domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
            if (!domains.contains(domain)) {
                domains.add(domain);
            }
        }
        List<ImportedGoal> goals = new ArrayList<>();
        for (String domain : domains) {
            List<String> texts = GOALS.get(domain);
            List<ImportedReview> reviews = new ArrayList<>();
            LocalDate due = setOn.plusDays(42 + random.nextInt(28));
            GoalStatus status = GoalStatus.NOT_STARTED;
            while (due.isBefore(end) && status.active() && !(e.open() && chance(12))) {
                LocalDate on = due.plusDays(random.nextInt(7));
                if (!on.isBefore(end)) {
                    break;
                }
                status = chance(22)
                        ? GoalStatus.ACHIEVED
                        : chance(4) ? GoalStatus.NO_LONGER_RELEVANT : GoalStatus.IN_PROGRESS;
                due = on.plusDays(42 + random.nextInt(28));
                reviews.add(new ImportedReview(
                        on,
                        status == GoalStatus.ACHIEVED ? "Goal achieved" : PROGRESS.get(random.nextInt(PROGRESS.size())),
                        status,
                        status.active() ? due : null));
            }
            goals.add(new ImportedGoal(
                    e.id(),
                    e.clientId(),
                    domain,
                    texts.get(random.nextInt(texts.size())),
                    setOn,
                    setOn.plusDays(90 + random.nextInt(120)),
                    due,
                    reviews));
        }
        return goals;
    }

    List<ImportedAppointment> appointments(DemoContext.DemoEpisode e) {
        String keyworker = e.episode().keyworkerUsername();
        if (keyworker == null) {
            return List.of();
        }
        LocalDate end = e.open() ? today : e.episode().dischargedOn();
        LocalDate from = e.episode().triagedOn().isBefore(end.minusDays(180))
                ? end.minusDays(180)
                : e.episode().triagedOn();
        List<ImportedAppointment> made = new ArrayList<>();
        for (LocalDate on = from.plusDays(random.nextInt(7)); on.isBefore(end); on = on.plusDays(chance(60) ? 7 : 14)) {
            boolean last = !on.plusDays(7).isBefore(end);
            AppointmentStatus status = e.open() && last && chance(20)
                    ? AppointmentStatus.BOOKED
                    : chance(72)
                            ? AppointmentStatus.ATTENDED
                            : chance(57) ? AppointmentStatus.DID_NOT_ATTEND : AppointmentStatus.CANCELLED;
            made.add(appointment(e, keyworker, on, status));
        }
        if (e.open()) {
            LocalDate next = today.plusDays(1 + random.nextInt(13));
            made.add(appointment(e, keyworker, next, AppointmentStatus.BOOKED));
            if (chance(50)) {
                made.add(appointment(e, keyworker, next.plusDays(14), AppointmentStatus.BOOKED));
            }
        }
        return made;
    }

    private ImportedAppointment appointment(
            DemoContext.DemoEpisode e, String keyworker, LocalDate on, AppointmentStatus status) {
        LocalDateTime at = LocalDateTime.of(on, LocalTime.of(9 + random.nextInt(7), random.nextBoolean() ? 0 : 30));
        boolean cancelled = status == AppointmentStatus.CANCELLED;
        boolean byClient = cancelled && chance(60);
        return new ImportedAppointment(
                e.id(),
                e.clientId(),
                keyworker,
                at,
                chance(80) ? 45 : 30,
                KIND.pick(random),
                status,
                status == AppointmentStatus.DID_NOT_ATTEND ? DNA.pick(random) : null,
                cancelled ? byClient ? "CLIENT" : "SERVICE" : null,
                cancelled ? byClient ? "Client asked to rearrange" : "Keyworker off sick" : null,
                status == AppointmentStatus.ATTENDED ? "Keywork session: reviewed use and care plan" : null);
    }

    private boolean chance(double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
