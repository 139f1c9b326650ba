package org.onedoor.partnership;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The problems of one practice menu form, keyed by field in the order the error summary lists them. The first
 * message for a field wins; a rule with no field is keyed by the empty string.
 */
final class PracticeMenuFormErrors {

    private PracticeMenuFormErrors() {}

    static Map<String, String> of(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), String.valueOf(error.getDefaultMessage()));
        }
        binding.getGlobalErrors().forEach(error -> errors.putIfAbsent("", String.valueOf(error.getDefaultMessage())));
        return errors;
    }

    static void add(Map<String, String> errors, DomainRuleViolation violation) {
        errors.putIfAbsent(violation.field() == null ? "" : violation.field(), violation.getMessage());
    }

    /**
     * Reads a GOV.UK three-field date. Blank in every part gives no date (an error when required); anything else
     * must be a real date, or the field gets a message.
     */
    static @Nullable LocalDate date(
            Map<String, String> errors,
            String field,
            String what,
            boolean required,
            @Nullable String day,
            @Nullable String month,
            @Nullable String year) {
        if (blank(day) && blank(month) && blank(year)) {
            if (required) {
                errors.putIfAbsent(field, "Enter the date the offer " + what);
            }
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            errors.putIfAbsent(field, "The date the offer " + what + " must include a day, month and year");
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException notADate) {
            errors.putIfAbsent(field, "The date the offer " + what + " must be a real date, such as 1 12 2026");
            return null;
        }
    }

    static @Nullable Integer capacity(@Nullable String typed) {
        return blank(typed) ? null : Integer.valueOf(typed.strip());
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    static String part(int value) {
        return Integer.toString(value);
    }
}
