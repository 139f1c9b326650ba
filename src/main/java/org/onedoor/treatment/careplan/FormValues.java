package org.onedoor.treatment.careplan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;

/** Reads typed form values (dates as yyyy-mm-dd from date inputs) and keeps the problems found, field by field. */
public final class FormValues {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public @Nullable LocalDate date(@Nullable String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException wrong) {
            errors.putIfAbsent(field, Messages.text("carePlan.date.notADate"));
            return null;
        }
    }

    public @Nullable LocalTime time(@Nullable String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip());
        } catch (DateTimeParseException wrong) {
            errors.putIfAbsent(field, Messages.text("carePlan.time.notATime"));
            return null;
        }
    }

    public @Nullable Integer number(@Nullable String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException wrong) {
            errors.putIfAbsent(field, Messages.text("carePlan.minutes.notANumber"));
            return null;
        }
    }

    /** The problems of the form (typing first, then the rules'), one message a field. */
    public Map<String, String> errors(@Nullable DomainRuleViolation rules) {
        Map<String, String> all = new LinkedHashMap<>(errors);
        if (rules != null) {
            List<DomainRuleViolation.FieldProblem> problems = rules.problems();
            problems.forEach(p -> all.putIfAbsent(p.field().isEmpty() ? "form" : p.field(), p.message()));
        }
        return all;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
