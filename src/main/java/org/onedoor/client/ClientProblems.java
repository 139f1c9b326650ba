package org.onedoor.client;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with a client record change, thrown together; nothing is saved. */
public class ClientProblems extends FieldProblems {

    ClientProblems(List<FieldProblem> problems) {
        super("CLIENT_INVALID", "client record", problems);
    }

    /** Collects problems field by field. */
    static final class Collector extends FieldProblems.Collector {

        Collector() {
            super(ClientProblems::new);
        }

        void required(String field, @org.jspecify.annotations.Nullable String value, int max, String message) {
            if (value == null || value.isBlank()) {
                add(field, "REQUIRED", message);
            } else {
                optional(field, value, max);
            }
        }

        void optional(String field, @org.jspecify.annotations.Nullable String value, int max) {
            if (value != null && value.strip().length() > max) {
                add(field, "TOO_LONG", "Must be " + max + " characters or fewer");
            }
        }
    }
}
