package org.onedoor.assessment;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/**
 * Every problem with an outcome record as given, item by item ({@code item9}, {@code opiates.week2}) and for the
 * record ({@code version}, {@code stage}, {@code doneOn}), thrown together; nothing is saved.
 */
public class OutcomeProblems extends FieldProblems {

    OutcomeProblems(List<FieldProblem> problems) {
        super("OUTCOME_RECORD_INVALID", "outcome record", problems);
    }
}
