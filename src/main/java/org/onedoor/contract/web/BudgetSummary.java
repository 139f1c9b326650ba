package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.contract.budget.BudgetMonth;
import org.onedoor.contract.budget.BudgetReport;
import org.onedoor.contract.budget.YearBudget;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.Pounds;
import org.onedoor.shared.DisplayDate;

/** The budget page's figures, each with a sentence saying in plain English where it comes from. */
final class BudgetSummary {

    /** One row of the summary list; {@code id} is the value's element id. */
    record Row(String id, String label, BigDecimal amount, String explanation) {}

    private BudgetSummary() {}

    static List<Row> of(BudgetReport report) {
        YearBudget b = report.budget();
        FinancialYear year = b.year();
        FinancialYear next = new FinancialYear(year.startYear() + 1);
        String yearEnd = DisplayDate.of(year.last().atEndOfMonth());
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "budget-committed",
                "Funding committed",
                b.committed(),
                b.funding().isEmpty()
                        ? "The contract document lists no funding for " + year + "."
                        : "The " + plural(b.funding().size(), "funding stream") + " for " + year
                                + " added up (see funding" + " by stream below)."));
        rows.add(new Row(
                "budget-paid",
                "Paid to date",
                b.paidToDate(),
                "What the approved statements paid: "
                        + plural(b.monthsPaid(), "approved month") + " of 12."
                        + (report.draftMonths() == 0
                                ? ""
                                : " " + plural((int) report.draftMonths(), "statement") + " not yet approved "
                                        + (report.draftMonths() == 1 ? "is" : "are") + " not counted.")));
        rows.add(new Row("budget-forecast", "Forecast to the year end", b.forecastToYearEnd(), forecast(report)));
        BigDecimal variance = b.forecastVariance();
        rows.add(new Row(
                "budget-variance",
                "Forecast against funding",
                variance,
                variance.signum() >= 0
                        ? "The forecast is " + Pounds.format(variance) + " under the funding committed."
                        : "The forecast is " + Pounds.format(variance.negate()) + " over the funding committed."));
        String window = report.asOf() == null
                ? "No month has been run, so no evidence has been read yet."
                : "Clients who completed treatment and are inside their " + report.windowMonths() + "-month window on "
                        + DisplayDate.of(report.asOf()) + ", with no return so far: ";
        rows.add(new Row(
                "budget-outcomes-expected",
                "Outcome payments expected this year",
                b.outcomesExpectedThisYear(),
                report.asOf() == null
                        ? window
                        : window
                                + plural(b.windowsDueThisYear(), "client") + " whose window ends before " + yearEnd
                                + ", each earning the sustained-exit payment if they do not come back. An upper bound:"
                                + " no cap is applied."));
        rows.add(new Row(
                "budget-liability",
                "Outcome payments due next year",
                b.outcomeLiability(),
                report.asOf() == null
                        ? window
                        : window + plural(b.openWindows(), "client") + " whose window" + " closes after " + yearEnd
                                + ": paid in " + next + ", from this year's reserve."));
        rows.add(new Row(
                "budget-underspend",
                "Underspend to reserve",
                b.underspendToReserve(),
                "Funding committed"
                        + " less the forecast, when positive: it returns to the council and is held in reserve."));
        rows.add(new Row(
                "budget-reserve-uncommitted",
                "Reserve not needed for outcome payments",
                b.reserveUncommitted(),
                "The underspend less the outcome payments due next year; below zero the" + " reserve falls short."));
        rows.add(new Row(
                "budget-drawn-previous",
                "Drawn from the previous year's reserve",
                b.drawnFromPreviousReserve(),
                "Sustained-exit payments in this year's approved statements for" + " clients discharged before " + year
                        + "."));
        rows.add(new Row(
                "budget-drawn-next",
                "Reserve drawn next year",
                b.reserveDrawnNextYear(),
                "Sustained-exit payments in " + next + "'s approved statements for clients discharged in " + year
                        + " (nothing until those statements are approved)."));
        return rows;
    }

    private static String forecast(BudgetReport report) {
        YearBudget b = report.budget();
        if (b.monthsPaid() == 0) {
            return "No month of the year is approved yet, so there is nothing to project from.";
        }
        if (b.monthsPaid() == 12) {
            return "All 12 months are approved: the forecast is what was paid.";
        }
        return "Paid so far " + Pounds.format(b.paidToDate()) + " over " + plural(b.monthsPaid(), "approved month")
                + ", projected at the monthly average of " + Pounds.format(report.averageMonth()) + " for the other "
                + (12 - b.monthsPaid()) + ". A plain run rate: a cap that stops paying later in the year is not"
                + " foreseen.";
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The paid-by-month chart: approved and not yet approved months stacked, the monthly committed line across. */
    static BarChart chart(BudgetReport report) {
        List<BudgetMonth> months = report.months();
        List<BigDecimal> approved = months.stream().map(BudgetMonth::paid).toList();
        List<BigDecimal> drafts = months.stream()
                .map(m -> m.state() == BudgetMonth.State.DRAFT && m.amount() != null
                        ? m.amount()
                        : BigDecimal.ZERO.setScale(2))
                .toList();
        List<BarChart.Series> series = List.of(
                new BarChart.Series("Approved", BarChart.PALETTE.get(0), approved),
                new BarChart.Series("Not yet approved", BarChart.PALETTE.get(2), drafts));
        BigDecimal committed = report.budget().committed();
        return BarChart.stacked(
                "Bar chart of what each month of " + report.year() + " paid",
                months.stream().map(m -> WhatIfCharts.MONTH.format(m.month())).toList(),
                series,
                committed.signum() == 0 ? null : report.monthlyCommitted(),
                "Committed a month");
    }
}
