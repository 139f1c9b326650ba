package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.whatif.PracticeAmount;
import org.onedoor.contract.whatif.ScenarioComparison;
import org.onedoor.contract.whatif.ScenarioResult;

/** The what-if page's charts: each scenario by month, by financial year and by GP practice, grouped. */
final class WhatIfCharts {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    private WhatIfCharts() {}

    static BarChart byMonth(ScenarioComparison comparison) {
        List<YearMonth> months =
                new ArrayList<>(comparison.scenarios().get(0).byMonth().keySet());
        List<BarChart.Series> series = new ArrayList<>();
        for (int s = 0; s < comparison.scenarios().size(); s++) {
            ScenarioResult result = comparison.scenarios().get(s);
            series.add(new BarChart.Series(
                    result.scenario().name(),
                    colour(s),
                    months.stream().map(m -> result.byMonth().get(m)).toList()));
        }
        return BarChart.grouped(
                "Bar chart of what each payment model would pay a month, " + comparison.from() + " to "
                        + comparison.to(),
                months.stream().map(MONTH::format).toList(),
                series);
    }

    /** One group per financial year, a bar per scenario. */
    static BarChart byYear(ScenarioComparison comparison) {
        List<FinancialYear> years =
                new ArrayList<>(comparison.scenarios().get(0).byYear().keySet());
        List<BarChart.Series> series = new ArrayList<>();
        for (int s = 0; s < comparison.scenarios().size(); s++) {
            ScenarioResult result = comparison.scenarios().get(s);
            series.add(new BarChart.Series(
                    result.scenario().name(),
                    colour(s),
                    years.stream()
                            .map(y -> result.byYear().getOrDefault(y, BigDecimal.ZERO))
                            .toList()));
        }
        return BarChart.grouped(
                "Bar chart of each payment model's total by financial year",
                years.stream().map(FinancialYear::toString).toList(),
                series);
    }

    /** One practice's amount under each scenario, in scenario order. */
    record PracticeRow(String practice, List<BigDecimal> amounts) {}

    /** Every practice any scenario pays, in code order, then "Not by practice"; £0.00 where a scenario pays none. */
    static List<PracticeRow> practices(ScenarioComparison comparison) {
        Set<String> codes = new TreeSet<>();
        boolean notByPractice = false;
        for (ScenarioResult result : comparison.scenarios()) {
            for (PracticeAmount amount : result.byPractice()) {
                if (amount.practice().equals(PracticeAmount.NOT_BY_PRACTICE)) {
                    notByPractice = true;
                } else {
                    codes.add(amount.practice());
                }
            }
        }
        List<String> practices = new ArrayList<>(codes);
        if (notByPractice) {
            practices.add(PracticeAmount.NOT_BY_PRACTICE);
        }
        return practices.stream()
                .map(practice -> new PracticeRow(
                        practice,
                        comparison.scenarios().stream()
                                .map(result -> result.byPractice().stream()
                                        .filter(a -> a.practice().equals(practice))
                                        .map(PracticeAmount::total)
                                        .findFirst()
                                        .orElse(BigDecimal.ZERO.setScale(2)))
                                .toList()))
                .toList();
    }

    /** One group per practice, a bar per scenario. */
    static BarChart byPractice(ScenarioComparison comparison, List<PracticeRow> rows) {
        List<BarChart.Series> series = new ArrayList<>();
        for (int s = 0; s < comparison.scenarios().size(); s++) {
            int index = s;
            series.add(new BarChart.Series(
                    comparison.scenarios().get(s).scenario().name(),
                    colour(s),
                    rows.stream().map(r -> r.amounts().get(index)).toList()));
        }
        return BarChart.grouped(
                "Bar chart of what each payment model would pay each GP practice, " + comparison.from() + " to "
                        + comparison.to(),
                rows.stream().map(PracticeRow::practice).toList(),
                series);
    }

    static String colour(int index) {
        return BarChart.PALETTE.get(index % BarChart.PALETTE.size());
    }
}
