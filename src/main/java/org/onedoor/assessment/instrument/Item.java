package org.onedoor.assessment.instrument;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of an instrument.
 *
 * @param section          the heading it is asked under (a fieldset on the form), or null
 * @param min              for INTEGER and DECIMAL, the least answer allowed (null otherwise)
 * @param unit             what the number counts ("kg", "units a drinking day"), or null
 * @param required         whether a final record needs it (a draft never does)
 * @param allowNotAnswered for YES_NO, whether "not answered" (NDTMS NA) may be recorded
 * @param ndtms            the NDTMS field the answer is reported in, or null when it is not reported
 */
public record Item(
        String id,
        @Nullable String section,
        String text,
        @Nullable String hint,
        ItemType type,
        List<Option> options,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        @Nullable String unit,
        boolean required,
        boolean allowNotAnswered,
        int maxLength,
        @Nullable String ndtms) {

    /** Days in a week, and in the 28 days a WEEKS item covers. */
    public static final int DAYS_A_WEEK = 7;

    public static final int WEEKS = 4;

    /** The numeric value of a CHOICE answer: its option value as a number, or null when it is not a number. */
    public static @Nullable BigDecimal points(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The least and most a numeric answer can be, as a score adds it up. */
    public BigDecimal lowest() {
        return switch (type) {
            case CHOICE ->
                options.stream()
                        .map(o -> points(o.value()))
                        .filter(p -> p != null)
                        .min(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
            case WEEKS -> BigDecimal.ZERO;
            default -> min == null ? BigDecimal.ZERO : min;
        };
    }

    public BigDecimal highest() {
        return switch (type) {
            case CHOICE ->
                options.stream()
                        .map(o -> points(o.value()))
                        .filter(p -> p != null)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
            case WEEKS -> BigDecimal.valueOf((long) DAYS_A_WEEK * WEEKS);
            default -> max == null ? BigDecimal.ZERO : max;
        };
    }

    /** The answer's words for a CHOICE value, or the value itself. */
    public String labelOf(String value) {
        return options.stream()
                .filter(o -> o.value().equals(value))
                .map(Option::label)
                .findFirst()
                .orElse(value);
    }

    /** The stored key of one week's count ({@code opiates.week2}) or of the total ({@code opiates.total}). */
    public String week(int number) {
        return id + ".week" + number;
    }

    public String total() {
        return id + ".total";
    }
}
