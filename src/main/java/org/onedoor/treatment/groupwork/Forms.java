package org.onedoor.treatment.groupwork;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Messages;
import org.onedoor.shared.TypedDate;
import org.onedoor.shared.web.FormErrors;
import org.springframework.validation.BindingResult;

/** Form helpers shared by the group-work and harm-reduction screens. */
public final class Forms {

    /** Errors coded and keeping the value typed as Spring's binder does. */
    public static final FormErrors ERRORS = FormErrors.bound();

    private Forms() {}

    /** The date typed, or null after adding a field error (when required or when typed but not a date). */
    public static @Nullable LocalDate date(
            BindingResult errors, @Nullable TypedDate typed, String field, String what, boolean required) {
        if (TypedDate.isBlank(typed)) {
            if (required) {
                errors.rejectValue(field, "REQUIRED", Messages.text("groupWork.date.required", what.toLowerCase()));
            }
            return null;
        }
        return TypedDate.parse(typed).orElseGet(() -> {
            errors.rejectValue(field, "NOT_A_DATE", Messages.text("groupWork.date.notADate", what));
            return null;
        });
    }

    /** A whole number typed, or null after adding a field error when it is not one. */
    public static @Nullable Integer number(BindingResult errors, @Nullable String typed, String field, String what) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            errors.rejectValue(field, "NOT_A_NUMBER", Messages.text("groupWork.number.notANumber", what));
            return null;
        }
    }

    public static <T> Map<String, String> options(List<T> items, Function<T, String> value, Function<T, String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        items.forEach(item -> options.put(value.apply(item), label.apply(item)));
        return options;
    }
}
