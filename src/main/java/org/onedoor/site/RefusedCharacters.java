package org.onedoor.site;

import java.util.List;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Messages;

/**
 * A request whose text holds a control character (a NUL, an escape …), refused before any controller or database
 * sees it: a 400 naming each field, as problem details for the API and as a page with an error summary for people.
 */
class RefusedCharacters extends RuntimeException {

    static final String CODE = "CONTROL_CHARACTER";

    private final List<FieldProblem> problems;

    RefusedCharacters(List<FieldProblem> problems) {
        super("The request holds control characters in " + problems.size() + " field(s)");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }

    static FieldProblem at(String field) {
        return new FieldProblem(field, CODE, Messages.text("site.error.controlCharacter.field", label(field)));
    }

    /** "givenName" as "Given name", "contacts[0].phone" as "Contacts[0] phone": close to the label on the form. */
    static String label(String field) {
        String spaced = field.replaceAll("([a-z])([A-Z])", "$1 $2")
                .replace('.', ' ')
                .replace('_', ' ')
                .toLowerCase();
        return spaced.isEmpty() ? "A field" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
