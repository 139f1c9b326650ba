package org.onedoor.treatment.prescribing;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with a prescribing change, thrown together; nothing is saved. */
public class PrescribingProblems extends FieldProblems {

    PrescribingProblems(List<FieldProblem> problems) {
        super("PRESCRIBING_INVALID", "prescribing record", problems);
    }

    static Collector collector() {
        return new Collector(PrescribingProblems::new);
    }
}
