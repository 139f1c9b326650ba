package org.onedoor.contract.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.OpenWindow;
import org.onedoor.contract.evidence.OutcomeEvent;
import org.onedoor.contract.evidence.OutcomeStage;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.ContractRules.Funding;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;

/**
 * Works out a {@link YearBudget}. The forecast is a plain run rate, documented so nobody mistakes it for more: the
 * months still to come are projected at the average of the months paid so far (all of each month's lines, so a
 * cumulative cap that stops paying in month 11 is not foreseen, and outcome payments are projected at their average
 * too). The outcome figures beside it come from the evidence instead: each qualifying completion discharged by the
 * as-of day whose re-presentation window (calendar months, end day included, A7) has not closed and whose exit is
 * not yet confirmed, × the stage-2 amount of the outcome rule in force in the month the payment would fall due (the
 * day after the window ends).
 */
public final class Budgets {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Budgets() {}

    /**
     * @param statements   every approved statement of the contract (other years' are ignored but for the reserve
     *                     drawn next year)
     * @param evidence     the outcome events up to {@code asOf} (completions of the year and earlier)
     * @param asOf         the day the budget is drawn up: the end of the year for a year-end reconciliation
     * @param windowMonths the re-presentation window, 6 in NEL
     */
    public static YearBudget year(
            ContractRules contract,
            List<PaidStatement> statements,
            ActivityEvidence evidence,
            LocalDate asOf,
            FinancialYear year,
            int windowMonths) {
        return year(contract, statements, openWindows(contract, evidence, asOf, windowMonths), year, windowMonths);
    }

    /**
     * The same over completions already counted by discharge day (by SQL, see {@code EvidenceReader.openWindows}),
     * whose windows are open on the day the budget is drawn up.
     */
    public static YearBudget year(
            ContractRules contract,
            List<PaidStatement> statements,
            List<OpenWindow> open,
            FinancialYear year,
            int windowMonths) {
        List<Funding> funding =
                contract.funding().stream().filter(f -> f.year().equals(year)).toList();
        BigDecimal committed = funding.stream()
                .map(Funding::amount)
                .reduce(ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        List<PaidStatement> paid =
                statements.stream().filter(s -> year.contains(s.month())).toList();
        int months = (int) paid.stream().map(PaidStatement::month).distinct().count();
        BigDecimal paidToDate = paid.stream().map(PaidStatement::total).reduce(ZERO, BigDecimal::add);
        BigDecimal forecast = months == 0
                ? ZERO
                : paidToDate.add(paidToDate
                        .multiply(BigDecimal.valueOf(12 - months))
                        .divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP));
        FinancialYear next = new FinancialYear(year.startYear() + 1);
        BigDecimal thisYear = ZERO;
        BigDecimal liability = ZERO;
        int dueThisYear = 0;
        int dueLater = 0;
        for (OpenWindow window : open) {
            if (!qualifies(contract, window.discharged(), window.dischargeCode())) {
                continue;
            }
            LocalDate due = window.discharged().plusMonths(windowMonths).plusDays(1);
            BigDecimal amount = stage2(contract, YearMonth.from(due)).multiply(BigDecimal.valueOf(window.episodes()));
            if (year.contains(due)) {
                thisYear = thisYear.add(amount);
                dueThisYear += window.episodes();
            } else if (due.isAfter(year.last().atEndOfMonth())) {
                liability = liability.add(amount);
                dueLater += window.episodes();
            }
        }
        BigDecimal underspend = committed.subtract(forecast).max(ZERO);
        BigDecimal drawnBefore = paid.stream().map(PaidStatement::fromReserve).reduce(ZERO, BigDecimal::add);
        BigDecimal drawnNext = statements.stream()
                .filter(s -> next.contains(s.month()))
                .map(PaidStatement::fromReserve)
                .reduce(ZERO, BigDecimal::add);
        return new YearBudget(
                year,
                funding,
                committed,
                months,
                paidToDate,
                forecast,
                thisYear,
                dueThisYear,
                liability,
                dueLater,
                underspend,
                underspend.subtract(liability),
                drawnBefore,
                drawnNext);
    }

    /** Qualifying completions discharged by {@code asOf}, window still open on it, exit not yet confirmed. */
    private static List<OpenWindow> openWindows(
            ContractRules contract, ActivityEvidence evidence, LocalDate asOf, int windowMonths) {
        Set<String> confirmed = new HashSet<>();
        evidence.outcomes().stream()
                .filter(e -> e.stage() == OutcomeStage.SUSTAINED_EXIT)
                .filter(e -> !e.evidenceComplete().isAfter(asOf))
                .forEach(e -> confirmed.add(episode(e)));
        return evidence.outcomes().stream()
                .filter(e -> e.stage() == OutcomeStage.COMPLETION)
                .filter(e -> !e.discharged().isAfter(asOf))
                .filter(e -> !e.discharged().plusMonths(windowMonths).isBefore(asOf))
                .filter(e -> !confirmed.contains(episode(e)))
                .map(e -> new OpenWindow(e.discharged(), e.dischargeCode(), 1))
                .toList();
    }

    private static boolean qualifies(ContractRules contract, LocalDate discharged, String dischargeCode) {
        YearMonth month = YearMonth.from(discharged);
        return contract.rules().stream()
                .anyMatch(rule -> rule instanceof PaymentByOutcomes outcomes
                        && outcomes.period().covers(month)
                        && outcomes.qualifies(dischargeCode));
    }

    /** The stage-2 amount of the outcome rule in force in the month; the latest rule when none covers it yet. */
    private static BigDecimal stage2(ContractRules contract, YearMonth month) {
        @Nullable PaymentByOutcomes chosen = null;
        for (PaymentRule rule : contract.rules()) {
            if (rule instanceof PaymentByOutcomes outcomes
                    && (chosen == null || outcomes.period().covers(month))) {
                chosen = outcomes;
            }
        }
        return chosen == null ? ZERO : chosen.stage2Amount().setScale(2, RoundingMode.HALF_UP);
    }

    private static String episode(OutcomeEvent event) {
        return event.clientKey() + "|" + event.episodeKey();
    }
}
