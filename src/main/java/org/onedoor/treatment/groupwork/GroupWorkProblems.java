package org.onedoor.treatment.groupwork;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with a group-work change, thrown together; nothing is saved. */
public class GroupWorkProblems extends FieldProblems {

    GroupWorkProblems(List<FieldProblem> problems) {
        super("GROUP_WORK_INVALID", "group work entry", problems);
    }

    static GroupWorkProblems one(String field, String code, String message) {
        return new GroupWorkProblems(List.of(new FieldProblem(field, code, message)));
    }

    /** Collects problems field by field. */
    static final class Collector extends FieldProblems.Collector {

        Collector() {
            super(GroupWorkProblems::new);
        }
    }
}
