package org.onedoor.shared;

import java.util.stream.Collectors;

/**
 * A row of a bulk import that the aggregate's rules refuse: the import stops before it writes anything, with a
 * message naming the row and every problem the rules found (each with its field, as a worker's form shows it).
 */
public final class RefusedRow {

    private RefusedRow() {}

    /** For example "Imported family session 2 of concerned other 0: heldOn: The session date must be ...". */
    public static IllegalArgumentException of(String row, DomainRuleViolation refused) {
        String problems = refused.problems().stream()
                .map(p -> p.field().isEmpty() ? p.message() : p.field() + ": " + p.message())
                .distinct()
                .collect(Collectors.joining("; "));
        return new IllegalArgumentException(row + ": " + problems, refused);
    }
}
