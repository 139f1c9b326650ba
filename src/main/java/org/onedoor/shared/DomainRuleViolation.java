package org.onedoor.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request broke a rule of the domain. Carries the field at fault (when there is one) so a form can show the
 * message beside it. Shown at the form field in HTML and as 409 problem details in the API.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String code;
    private final @Nullable String field;

    public DomainRuleViolation(String code, @Nullable String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public @Nullable String field() {
        return field;
    }

    public List<FieldProblem> problems() {
        return List.of(new FieldProblem(field == null ? "" : field, code, getMessage()));
    }

    /** One problem with one field of a request, as listed in problem details. */
    public record FieldProblem(String field, String code, String message) {}
}
