package org.onedoor.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Every problem with one submission, collected in a single pass and thrown together, so a person fixes them all at
 * once: forms show each at its field, the API lists them in problem details. Nothing is saved while any remains.
 */
public class FieldProblems extends DomainRuleViolation {

    private final List<FieldProblem> problems;

    protected FieldProblems(String code, String what, List<FieldProblem> problems) {
        super(code, problems.get(0).field(), problems.size() == 1 ? problems.get(0).message()
                : "The " + what + " has " + problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<FieldProblem> problems() {
        return problems;
    }

    /** Collects problems field by field, then throws them as one exception of the caller's kind. */
    public static class Collector {

        private final List<FieldProblem> problems = new ArrayList<>();
        private final Function<List<FieldProblem>, ? extends FieldProblems> thrown;

        public Collector(Function<List<FieldProblem>, ? extends FieldProblems> thrown) {
            this.thrown = thrown;
        }

        public void add(String field, String code, String message) {
            problems.add(new FieldProblem(field, code, message));
        }

        /** A value that must be given, and be at most {@code max} characters once trimmed. */
        public void required(String field, @Nullable String value, int max, String message) {
            if (value == null || value.isBlank()) {
                add(field, "REQUIRED", message);
            } else {
                optional(field, value, max);
            }
        }

        /** A value that may be left out, but is at most {@code max} characters once trimmed. */
        public void optional(String field, @Nullable String value, int max) {
            if (value != null && value.strip().length() > max) {
                add(field, "TOO_LONG", "Must be " + max + " characters or fewer");
            }
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw thrown.apply(problems);
            }
        }
    }
}
