package org.onedoor.treatment;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with a treatment change, thrown together; nothing is saved. */
public class TreatmentProblems extends FieldProblems {

    TreatmentProblems(List<FieldProblem> problems) {
        super("TREATMENT_INVALID", "treatment record", problems);
    }

    /** Collects problems field by field. */
    static final class Collector extends FieldProblems.Collector {

        Collector() {
            super(TreatmentProblems::new);
        }
    }
}
