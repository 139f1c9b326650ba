package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Messages;
import org.onedoor.shared.TypedDate;
import org.onedoor.shared.web.FormErrors;
import org.springframework.validation.BindingResult;

/**
 * What the treatment forms of these sub-packages share: typed values read; their errors go through
 * {@link FormErrors}.
 */
public final class FormSupport {

    /** Errors coded "treatment.<code>". */
    public static final FormErrors ERRORS = FormErrors.codedAs("treatment.");

    private FormSupport() {}

    public static java.time.@Nullable LocalDate date(
            BindingResult errors, @Nullable TypedDate typed, String field, String what) {
        if (TypedDate.isBlank(typed)) {
            return null;
        }
        return TypedDate.parse(typed).orElseGet(() -> {
            ERRORS.reject(errors, field, "NOT_A_DATE", Messages.text("treatment.date.notADate", what));
            return null;
        });
    }

    public static @Nullable BigDecimal decimal(
            BindingResult errors, @Nullable String typed, String field, String message) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip());
        } catch (NumberFormatException notANumber) {
            ERRORS.reject(errors, field, "NOT_A_NUMBER", message);
            return null;
        }
    }

    public static @Nullable Integer integer(
            BindingResult errors, @Nullable String typed, String field, String message) {
        BigDecimal number = decimal(errors, typed, field, message);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException notWhole) {
            ERRORS.reject(errors, field, "NOT_A_NUMBER", message);
            return null;
        }
    }

    public static @Nullable UUID id(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String typed) {
        return Arrays.stream(type.getEnumConstants())
                .filter(v -> v.name().equals(typed))
                .findFirst()
                .orElse(null);
    }

    public static <E extends Enum<E>> Map<String, String> options(E[] values, Function<E, String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        for (E value : values) {
            options.put(value.name(), label.apply(value));
        }
        return options;
    }
}
