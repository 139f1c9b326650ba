package org.onedoor.treatment.careplan;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with a care-plan change, thrown together; nothing is saved. */
public class CarePlanProblems extends FieldProblems {

    CarePlanProblems(List<FieldProblem> problems) {
        super("CARE_PLAN_INVALID", "care plan", problems);
    }

    static Collector collector() {
        return new Collector(CarePlanProblems::new);
    }
}
