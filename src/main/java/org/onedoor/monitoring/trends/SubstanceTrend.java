package org.onedoor.monitoring.trends;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One substance on the trends page: its flag for the month asked about, the month's mentions, and the months shown
 * (oldest first) as text, suppressed where the audience needs it; the baseline mean only for the provider side.
 */
record SubstanceTrend(
        String substance,
        String label,
        TrendFlag flag,
        String thisMonth,
        List<String> months,
        String total,
        @Nullable String baselineMean) {

    public boolean flagged() {
        return flag != TrendFlag.NONE;
    }
}
