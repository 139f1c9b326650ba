package org.onedoor.monitoring.trends;

import java.time.YearMonth;
import java.util.List;

/** The trends page for one month: the months shown (oldest first) and a row per substance, flagged ones first. */
record TrendReport(YearMonth month, List<YearMonth> months, List<SubstanceTrend> substances, boolean suppressed) {

    public List<SubstanceTrend> flagged() {
        return substances.stream().filter(SubstanceTrend::flagged).toList();
    }
}
