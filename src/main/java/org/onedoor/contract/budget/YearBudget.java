package org.onedoor.contract.budget;

import java.math.BigDecimal;
import java.util.List;
import org.onedoor.contract.rules.ContractRules.Funding;
import org.onedoor.contract.rules.FinancialYear;

/**
 * One financial year's budget (11.7). Amounts in pounds and pence.
 *
 * @param committed                the year's funding streams added up
 * @param monthsPaid               months of the year with a statement
 * @param paidToDate               what those statements paid
 * @param forecastToYearEnd        paid to date + the months without a statement × the average month so far (the run
 *                                 rate; equal to paid once all 12 months are in; zero before the first statement)
 * @param outcomesExpectedThisYear stage-2 amounts of qualifying completions whose window is open on the as-of day and
 *                                 ends in time to be paid this year; an upper bound (every window sustained, no cap)
 * @param windowsDueThisYear       how many completions that is
 * @param outcomeLiability         the same for windows that close after the year end: next year's stage-2 payments,
 *                                 which the reserve should meet
 * @param openWindows              how many completions that is
 * @param underspendToReserve      committed − forecast when positive: returns to the council, held in reserve
 * @param reserveUncommitted       the reserve the liability does not need (negative when it falls short)
 * @param drawnFromPreviousReserve stage-2 payments this year for completions of earlier years
 * @param reserveDrawnNextYear     stage-2 payments next year for completions of this year, from next year's
 *                                 statements (zero until they exist)
 */
public record YearBudget(
        FinancialYear year,
        List<Funding> funding,
        BigDecimal committed,
        int monthsPaid,
        BigDecimal paidToDate,
        BigDecimal forecastToYearEnd,
        BigDecimal outcomesExpectedThisYear,
        int windowsDueThisYear,
        BigDecimal outcomeLiability,
        int openWindows,
        BigDecimal underspendToReserve,
        BigDecimal reserveUncommitted,
        BigDecimal drawnFromPreviousReserve,
        BigDecimal reserveDrawnNextYear) {

    public YearBudget {
        funding = List.copyOf(funding);
    }

    /** Committed − forecast: positive is underspend, negative an overspend. */
    public BigDecimal forecastVariance() {
        return committed.subtract(forecastToYearEnd);
    }
}
