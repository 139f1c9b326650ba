package org.onedoor.contract.rules;

import java.util.List;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.FieldProblems;

/**
 * What validating a contract's rules found: errors (the rules cannot be run) and warnings (they can, but someone
 * should look), each naming the rule it is about.
 */
public record RuleFindings(List<Finding> errors, List<Finding> warnings) {

    /**
     * One problem, about one rule (or the contract as a whole when {@code rule} is blank).
     *
     * @param at where it is, so a form can show it at its field: {@code rules[2].coreAnnualValue} for a setting of
     *           the third rule, {@code funding} for the funding lines, blank for the contract as a whole
     */
    public record Finding(String rule, String message, String at) {

        public Finding(String rule, String message) {
            this(rule, message, "");
        }

        @Override
        public String toString() {
            return rule.isBlank() ? message : rule + ": " + message;
        }
    }

    public RuleFindings {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<String> errorMessages() {
        return errors.stream().map(Finding::toString).toList();
    }

    public List<String> warningMessages() {
        return warnings.stream().map(Finding::toString).toList();
    }

    /** Throws every error at once, as field problems keyed by rule name, so a form can show each beside its rule. */
    public void throwIfErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidPaymentRules(errors.stream()
                    .map(finding -> new FieldProblem(finding.rule(), "INVALID_PAYMENT_RULE", finding.message()))
                    .toList());
        }
    }

    /** The payment rules have problems to fix before a payment run can use them. */
    public static final class InvalidPaymentRules extends FieldProblems {

        InvalidPaymentRules(List<FieldProblem> problems) {
            super("INVALID_PAYMENT_RULES", "set of payment rules", problems);
        }
    }
}
