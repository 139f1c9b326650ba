package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.whatif.ScenarioComparison;
import org.onedoor.contract.whatif.ScenarioResult;

/** The what-if page's charts: each scenario by month, grouped, and each scenario's total per financial year. */
final class WhatIfCharts {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    private WhatIfCharts() {
    }

    static BarChart byMonth(ScenarioComparison comparison) {
        List<YearMonth> months = new ArrayList<>(comparison.scenarios().get(0).byMonth().keySet());
        List<BarChart.Series> series = new ArrayList<>();
        for (int s = 0; s < comparison.scenarios().size(); s++) {
            ScenarioResult result = comparison.scenarios().get(s);
            series.add(new BarChart.Series(result.scenario().name(), colour(s),
                    months.stream().map(m -> result.byMonth().get(m)).toList()));
        }
        return BarChart.grouped("Bar chart of what each payment model would pay a month, " + comparison.from()
                + " to " + comparison.to(), months.stream().map(MONTH::format).toList(), series);
    }

    /** One group per financial year, a bar per scenario. */
    static BarChart byYear(ScenarioComparison comparison) {
        List<FinancialYear> years = new ArrayList<>(comparison.scenarios().get(0).byYear().keySet());
        List<BarChart.Series> series = new ArrayList<>();
        for (int s = 0; s < comparison.scenarios().size(); s++) {
            ScenarioResult result = comparison.scenarios().get(s);
            series.add(new BarChart.Series(result.scenario().name(), colour(s),
                    years.stream().map(y -> result.byYear().getOrDefault(y, BigDecimal.ZERO)).toList()));
        }
        return BarChart.grouped("Bar chart of each payment model's total by financial year",
                years.stream().map(FinancialYear::toString).toList(), series);
    }

    static String colour(int index) {
        return BarChart.PALETTE.get(index % BarChart.PALETTE.size());
    }
}
