package org.onedoor.referral;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;

/**
 * Every problem with a referral, collected in one pass so the person fixes them all at once. Thrown whole when any
 * is found; forms show each at its field and the API lists them in problem details.
 */
public class ReferralProblems extends DomainRuleViolation {

    private final List<FieldProblem> problems;

    ReferralProblems(List<FieldProblem> problems) {
        super("REFERRAL_INVALID", problems.get(0).field(), problems.size() == 1 ? problems.get(0).message()
                : "The referral has " + problems.size() + " problems");
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
                throw new ReferralProblems(problems);
            }
        }
    }
}
