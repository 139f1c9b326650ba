package org.onedoor.client.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.TypedDate;
import org.onedoor.shared.web.FormErrors;
import org.springframework.validation.BindingResult;

/**
 * What the change forms of the client record share: reading typed dates and choices; their errors go through
 * {@link FormErrors}.
 */
final class ChangeForms {

    /** Errors coded "client.<code>". */
    static final FormErrors ERRORS = FormErrors.codedAs("client.");

    private ChangeForms() {}

    /** Reads a three-field date: empty when blank; rejected at the field when not a real date. */
    static @Nullable LocalDate date(BindingResult errors, @Nullable TypedDate typed, String field, String whatDate) {
        if (TypedDate.isBlank(typed)) {
            return null;
        }
        Optional<LocalDate> date = TypedDate.parse(typed);
        if (date.isEmpty()) {
            ERRORS.reject(errors, field, "NOT_A_DATE", TypedDate.notADate(whatDate, "3 5 2026"));
        }
        return date.orElse(null);
    }

    /** The value of the enum named, or null for none or a name that is none of its values. */
    static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String typed) {
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.name().equals(typed))
                .findFirst()
                .orElse(null);
    }

    static <E extends Enum<E>> Map<String, String> options(E[] values, Function<E, String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        for (E value : values) {
            options.put(value.name(), label.apply(value));
        }
        return options;
    }
}
