package org.onedoor.contract.evidence;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's value for a period, measured for a contract's scope as of the evidence's day and frozen with the
 * snapshot, so a run over the same snapshot reads the same value however the record has changed since.
 *
 * @param period    the months measured, {@code yyyy-MM..yyyy-MM}
 * @param value     as the indicator shows it (a percentage or days to one decimal place, or a count); null when it
 *                  could not be measured (no denominator)
 * @param unit      what follows the value in words: {@code %}, {@code  days} or nothing
 * @param status    {@code provisional} or {@code final}, as the indicator judges the period on that day
 */
public record MeasuredIndicator(
        String indicator,
        String name,
        String period,
        @Nullable BigDecimal value,
        @Nullable Long numerator,
        @Nullable Long denominator,
        String unit,
        String status) {

    public boolean measured() {
        return value != null;
    }
}
