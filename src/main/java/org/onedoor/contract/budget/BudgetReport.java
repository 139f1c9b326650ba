package org.onedoor.contract.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.evidence.EvidenceSnapshot;
import org.onedoor.contract.rules.FinancialYear;

/**
 * A contract's budget for one financial year, wired to what is stored: the figures ({@link YearBudget}) from its
 * approved statements, each month of the year as the runs have it, and the evidence the outcome windows were read
 * from.
 *
 * @param years    the financial years of the contract's term, in order
 * @param months   April to March
 * @param snapshot the evidence snapshot of the contract's latest run; null before any run
 * @param asOf     the day the outcome windows are counted open on: the snapshot's as-of day, or the year end when
 *                 earlier; null before any run
 * @param windowMonths the re-presentation window, in calendar months
 */
public record BudgetReport(
        YearBudget budget,
        List<FinancialYear> years,
        List<BudgetMonth> months,
        @Nullable EvidenceSnapshot snapshot,
        @Nullable LocalDate asOf,
        int windowMonths) {

    public BudgetReport {
        years = List.copyOf(years);
        months = List.copyOf(months);
    }

    public FinancialYear year() {
        return budget.year();
    }

    /** True once a month of the year is approved: before that, nothing is paid and there is nothing to forecast. */
    public boolean anyApproved() {
        return budget.monthsPaid() > 0;
    }

    /** The average approved month, which the forecast projects to the year end; zero before any. */
    public BigDecimal averageMonth() {
        return budget.monthsPaid() == 0
                ? BigDecimal.ZERO.setScale(2)
                : budget.paidToDate().divide(BigDecimal.valueOf(budget.monthsPaid()), 2, RoundingMode.HALF_UP);
    }

    /** A twelfth of the year's committed funding, the line paid months are compared with. */
    public BigDecimal monthlyCommitted() {
        return budget.committed().divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    public long draftMonths() {
        return months.stream().filter(m -> m.state() == BudgetMonth.State.DRAFT).count();
    }
}
