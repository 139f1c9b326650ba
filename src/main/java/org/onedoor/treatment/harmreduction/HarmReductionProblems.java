package org.onedoor.treatment.harmreduction;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with a harm-reduction entry, thrown together; nothing is saved. */
public class HarmReductionProblems extends FieldProblems {

    HarmReductionProblems(List<FieldProblem> problems) {
        super("HARM_REDUCTION_INVALID", "harm reduction entry", problems);
    }

    static HarmReductionProblems one(String field, String code, String message) {
        return new HarmReductionProblems(List.of(new FieldProblem(field, code, message)));
    }

    /** Collects problems field by field. */
    static final class Collector extends FieldProblems.Collector {

        Collector() {
            super(HarmReductionProblems::new);
        }
    }
}
