package org.onedoor.treatment.family;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with a family-support entry, thrown together; nothing is saved. */
public class FamilyProblems extends FieldProblems {

    FamilyProblems(List<FieldProblem> problems) {
        super("FAMILY_SUPPORT_INVALID", "family support entry", problems);
    }
}
