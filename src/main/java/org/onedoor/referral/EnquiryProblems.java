package org.onedoor.referral;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;

/** Every problem with an enquiry (or with voiding one), collected in one pass and thrown whole; nothing is saved. */
public class EnquiryProblems extends DomainRuleViolation {

    private final List<FieldProblem> problems;

    EnquiryProblems(List<FieldProblem> problems) {
        super("ENQUIRY_INVALID", problems.get(0).field(), problems.size() == 1 ? problems.get(0).message()
                : "The enquiry has " + problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<FieldProblem> problems() {
        return problems;
    }

    /** Collects problems field by field. */
    static final class Collector {

        private final List<FieldProblem> problems = new ArrayList<>();

        void add(String field, String code, String message) {
            problems.add(new FieldProblem(field, code, message));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new EnquiryProblems(problems);
            }
        }
    }
}
