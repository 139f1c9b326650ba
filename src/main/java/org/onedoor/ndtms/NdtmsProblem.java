package org.onedoor.ndtms;

import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Messages;

/**
 * One problem of one record of an NDTMS file: its coded rule, the file line the record starts on (1 is the header),
 * the field code at fault and the words a data officer reads. A file's problems are all collected, never only the
 * first.
 */
public record NdtmsProblem(NdtmsRule rule, int line, String field, String message) {

    static NdtmsProblem of(NdtmsRule rule, int line, String field, Object... values) {
        return new NdtmsProblem(rule, line, field, Messages.text(rule.messageKey(), values));
    }

    /** The rule's code, as problem details and the validation report show it. */
    public String code() {
        return rule.name();
    }

    /** As a field problem of a refused submission, its message naming the file, line and field. */
    public FieldProblem toFieldProblem(String file) {
        return new FieldProblem(field, code(), file + " line " + line + ", " + field + ": " + message);
    }
}
