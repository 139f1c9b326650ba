package org.onedoor.demo;

import java.util.ArrayList;
import java.util.List;
import org.onedoor.treatment.appointments.AppointmentImport;
import org.onedoor.treatment.careplan.CarePlanImport;
import org.onedoor.treatment.family.FamilyImport;
import org.onedoor.treatment.groupwork.GroupWorkImport;
import org.onedoor.treatment.harmreduction.HarmReductionImport;
import org.onedoor.treatment.prescribing.PrescribingImport;
import org.springframework.stereotype.Component;

/**
 * The work within the demo episodes, after the treatment step: care plans, appointments,
 * prescribing courses, harm reduction and family support, a chunk of episodes at a time through each treatment
 * area's bulk import, then the group-work programmes and the anonymous needle exchange visitors.
 */
@Component
class ActivityStep implements DemoStep {

    private static final int CHUNK = 1000;

    private final CarePlanImport carePlans;
    private final AppointmentImport appointments;
    private final PrescribingImport prescribing;
    private final HarmReductionImport harmReduction;
    private final FamilyImport families;
    private final GroupWorkImport groupWork;

    ActivityStep(
            CarePlanImport carePlans,
            AppointmentImport appointments,
            PrescribingImport prescribing,
            HarmReductionImport harmReduction,
            FamilyImport families,
            GroupWorkImport groupWork) {
        this.carePlans = carePlans;
        this.appointments = appointments;
        this.prescribing = prescribing;
        this.harmReduction = harmReduction;
        this.families = families;
        this.groupWork = groupWork;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String name() {
        return "Care plans, appointments and support";
    }

    @Override
    public long size(DemoSettings settings) {
        return settings.clients() * 2L / 3 + (long) settings.clients() * settings.earlierClients() / 100;
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        DemoCare care = new DemoCare(context);
        DemoPrescribing courses = new DemoPrescribing(context);
        DemoFamilies others = new DemoFamilies(context);
        List<DemoContext.DemoEpisode> episodes = context.episodes;
        for (int from = 0; from < episodes.size(); from += CHUNK) {
            List<DemoContext.DemoEpisode> chunk = episodes.subList(from, Math.min(episodes.size(), from + CHUNK));
            List<CarePlanImport.ImportedGoal> goals = new ArrayList<>();
            List<AppointmentImport.ImportedAppointment> booked = new ArrayList<>();
            List<PrescribingImport.ImportedCourse> made = new ArrayList<>();
            List<FamilyImport.ImportedConcernedOther> concerned = new ArrayList<>();
            DemoHarmReduction harm = new DemoHarmReduction(context);
            for (DemoContext.DemoEpisode e : chunk) {
                goals.addAll(care.goals(e));
                booked.addAll(care.appointments(e));
                PrescribingImport.ImportedCourse course = courses.course(e);
                if (course != null) {
                    made.add(course);
                }
                harm.add(e);
                FamilyImport.ImportedConcernedOther other = others.of(e);
                if (other != null) {
                    concerned.add(other);
                }
            }
            carePlans.importGoals(goals);
            appointments.importAppointments(booked, List.of());
            prescribing.importCourses(made);
            harmReduction.importHarmReduction(harm.visits, harm.naloxone, harm.bbv);
            families.importConcernedOthers(concerned);
            progress.advance(chunk.size());
        }
        DemoHarmReduction anonymous = new DemoHarmReduction(context);
        anonymous.anonymous(Math.max(5, context.settings.clients() / 20));
        harmReduction.importHarmReduction(anonymous.visits, List.of(), List.of());
        List<FamilyImport.ImportedConcernedOther> unlinked = new ArrayList<>();
        for (int n = 0; n < Math.max(3, context.settings.clients() / 40); n++) {
            unlinked.add(others.unlinked());
        }
        families.importConcernedOthers(unlinked);
        groupWork.importProgrammes(new DemoGroupWork(context).programmes());
    }
}
