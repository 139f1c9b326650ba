package org.onedoor.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every problem with one submission, collected in a single pass and thrown together, so a person fixes them all at
 * once: forms show each at its field, the API lists them in problem details. Nothing is saved while any remains.
 * Each area names its submissions once with a {@link Kind} (the code problem details carry, and the noun of the
 * summary) and collects through it; a subclass is only for a submission that carries more than its problems.
 */
public class FieldProblems extends DomainRuleViolation {

    private final List<FieldProblem> problems;

    /**
     * @param code     the code of the whole submission's failure, as problem details carry it ({@code REFERRAL_INVALID})
     * @param what     the noun of the summary when there are several: "The {@code referral} has 3 problems"
     * @param problems one or more, in the order found
     */
    public FieldProblems(String code, String what, List<FieldProblem> problems) {
        super(
                code,
                problems.get(0).field(),
                problems.size() == 1
                        ? problems.get(0).message()
                        : "The " + what + " has " + problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<FieldProblem> problems() {
        return problems;
    }

    /** What kind of submission failed: the code problem details carry and the noun of the summary. */
    public record Kind(String code, String what) {

        /** A collector whose problems are thrown as this kind. */
        public Collector collector() {
            return new Collector(this::of);
        }

        public FieldProblems of(List<FieldProblem> problems) {
            return new FieldProblems(code, what, problems);
        }

        /** A submission with a single problem, for a rule that stops the check there. */
        public FieldProblems one(String field, String code, String message) {
            return of(List.of(new FieldProblem(field, code, message)));
        }
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
                add(field, "TOO_LONG", Messages.text("field.tooLong", fieldName(field), max));
            }
        }

        /** The words for a field in a message ("Postcode"), from {@code field.<name>} in the messages. */
        public static String fieldName(String field) {
            String key = "field." + field;
            return Messages.has(key) ? Messages.text(key) : "This answer";
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw thrown.apply(problems);
            }
        }
    }
}
