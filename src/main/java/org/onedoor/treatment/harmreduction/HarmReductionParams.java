package org.onedoor.treatment.harmreduction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Messages;
import org.onedoor.shared.Text;
import org.onedoor.shared.TypedDate;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.ItemCount;

/** Reads the harm-reduction forms' fields, noting what is not a date or number as a problem for the page. */
final class HarmReductionParams {

    private final Map<String, String> params;
    final Map<String, String> problems = new LinkedHashMap<>();

    HarmReductionParams(Map<String, String> params) {
        this.params = params;
    }

    @Nullable
    String text(String name) {
        return Text.tidy(params.get(name));
    }

    @Nullable
    LocalDate date(String name, String what) {
        TypedDate typed = new TypedDate(text(name + ".day"), text(name + ".month"), text(name + ".year"));
        if (TypedDate.isBlank(typed)) {
            return null;
        }
        return TypedDate.parse(typed).orElseGet(() -> {
            problems.put(name, Messages.text("harmReduction.date.notADate", what));
            return null;
        });
    }

    @Nullable
    Integer number(String name, String what) {
        String value = text(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            problems.put(name, Messages.text("harmReduction.number.notANumber", what));
            return null;
        }
    }

    <E extends Enum<E>> @Nullable E choice(Class<E> type, String name) {
        String value = text(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    /** Items typed as {@code given-CODE} and {@code returned-CODE}. */
    Map<String, ItemCount> items(List<String> codes) {
        Map<String, ItemCount> items = new LinkedHashMap<>();
        for (String code : codes) {
            Integer given = number("given-" + code, "The number given out");
            Integer returned = number("returned-" + code, "The number returned");
            if ((given != null && given != 0) || (returned != null && returned != 0)) {
                items.put(code, new ItemCount(given == null ? 0 : given, returned == null ? 0 : returned));
            }
        }
        return items;
    }
}
