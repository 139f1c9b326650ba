package org.onedoor.treatment.appointments;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with an appointment, thrown together; nothing is saved. */
public class AppointmentProblems extends FieldProblems {

    AppointmentProblems(List<FieldProblem> problems) {
        super("APPOINTMENT_INVALID", "appointment", problems);
    }

    static Collector collector() {
        return new Collector(AppointmentProblems::new);
    }
}
