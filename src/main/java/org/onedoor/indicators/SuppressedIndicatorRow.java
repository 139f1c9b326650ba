package org.onedoor.indicators;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An {@link IndicatorRow} as commissioners and their API clients see it: the numerator and denominator as cells, and
 * the value and interval left out ({@code suppressed}) when a count they rest on is hidden.
 */
public record SuppressedIndicatorRow(
        String indicator,
        String period,
        String group,
        Cell numerator,
        @Nullable Cell denominator,
        @Nullable BigDecimal value,
        @Nullable BigDecimal lower95,
        @Nullable BigDecimal upper95,
        boolean suppressed,
        IndicatorRow.Status status) {}
