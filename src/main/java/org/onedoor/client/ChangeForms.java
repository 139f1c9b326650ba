package org.onedoor.client;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.TypedDate;

/**
 * What the change forms of the client record share: reading typed dates and choices, putting the services' problems
 * beside their fields (the first problem of a field wins), and ordering the error summary as the fields appear.
 */
final class ChangeForms {

    static final String FORM = "form";

    private ChangeForms() {
    }

    /** Reads a three-field date: empty when blank; rejected at the field when not a real date. */
    static @Nullable LocalDate date(BindingResult errors, @Nullable TypedDate typed, String field,
                                    String whatDate) {
        if (TypedDate.isBlank(typed)) {
            return null;
        }
        Optional<LocalDate> date = TypedDate.parse(typed);
        if (date.isEmpty()) {
            reject(errors, field, "NOT_A_DATE", TypedDate.notADate(whatDate, "3 5 2026"));
        }
        return date.orElse(null);
    }

    /** The value of the enum named, or null for none or a name that is none of its values. */
    static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String typed) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(typed)).findFirst()
                .orElse(null);
    }

    static <E extends Enum<E>> Map<String, String> options(E[] values, Function<E, String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        for (E value : values) {
            options.put(value.name(), label.apply(value));
        }
        return options;
    }

    static void reject(BindingResult errors, String field, String code, String message) {
        if (!errors.hasFieldErrors(field)) {
            errors.addError(new FieldError(FORM, field, null, false, new String[] {"client." + code}, null,
                    message));
        }
    }

    /** Each problem beside its field (unless the field already shows one), or above the form when it has none. */
    static void reject(BindingResult errors, DomainRuleViolation refused) {
        for (DomainRuleViolation.FieldProblem problem : refused.problems()) {
            if (problem.field().isBlank()) {
                errors.addError(new ObjectError(FORM, new String[] {"client." + problem.code()}, null,
                        problem.message()));
            } else {
                reject(errors, problem.field(), problem.code(), problem.message());
            }
        }
    }

    /** Puts the errors in the order of the form's fields (its record components) and flags the page title. */
    static void show(Model model, BindingResult errors, Record form) {
        List<String> order = Arrays.stream(form.getClass().getRecordComponents()).map(c -> c.getName()).toList();
        BeanPropertyBindingResult ordered = new BeanPropertyBindingResult(form, FORM);
        errors.getGlobalErrors().forEach(ordered::addError);
        errors.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> {
                    int index = order.indexOf(error.getField());
                    return index < 0 ? order.size() : index;
                }))
                .forEach(ordered::addError);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, ordered);
        model.addAttribute("hasErrors", true);
    }

    /** A new, empty result to collect errors in for the form. */
    static BindingResult errorsOf(Record form) {
        return new BeanPropertyBindingResult(form, FORM);
    }
}
