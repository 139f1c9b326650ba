package org.onedoor.indicators;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One computed figure: an indicator for a period (the window as {@code yyyy-MM..yyyy-MM}) and a group. The value is a
 * percentage to one decimal place, a count, or a median in days; the interval and the denominator are null where they
 * do not apply or the denominator is 0. Provisional until the as-of date is 6 calendar months past the window's end.
 */
public record IndicatorRow(
        String indicator,
        String period,
        String group,
        @Nullable Long numerator,
        @Nullable Long denominator,
        @Nullable BigDecimal value,
        @Nullable BigDecimal lower95,
        @Nullable BigDecimal upper95,
        Status status) {

    /** Whether a figure can still change as returns within 6 months come in. */
    public enum Status {
        PROVISIONAL,
        FINAL;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
