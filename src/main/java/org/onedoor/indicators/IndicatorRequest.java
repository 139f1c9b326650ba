package org.onedoor.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What to compute: the indicators by id (empty: all), for a scope, over the months {@code from..to} (one window, or
 * with {@code monthly} one window ending in each of those months), judged as of a date: records dated after it are
 * ignored and it decides provisional or final.
 */
public record IndicatorRequest(
        List<String> ids, IndicatorScope scope, YearMonth from, YearMonth to, LocalDate asOf, boolean monthly) {

    public IndicatorRequest {
        ids = List.copyOf(ids);
    }
}
