package org.onedoor.contract.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.ClientMonths;
import org.onedoor.contract.evidence.OutcomeEvent;
import org.onedoor.contract.evidence.OutcomeStage;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.ContractRules.Funding;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentCalculator;
import org.onedoor.contract.rules.PerClientPerMonth;

/**
 * Domain reference 11.7, through the engine: 262 clients a month (Example 4, £104,800) and 70 outcome payments
 * (Example 8a, £12,600) against the £125,000 grant leave £7,600 in reserve; 18 completions of October to March
 * have windows open at the year end, a liability of 18 × £180 = £3,240, leaving £4,360 uncommitted. The 70 are 40
 * stage-1 payments (22 of April to June, the 18) and 30 stage-2 (the 22, and 8 for completions of late 2015/16,
 * drawn from the 2015/16 reserve).
 */
class ReserveReconciliationTest {

    private static final FinancialYear YEAR = new FinancialYear(2016);
    private static final FinancialYear NEXT = new FinancialYear(2017);
    private static final EffectivePeriod PERIOD = EffectivePeriod.from(YearMonth.of(2015, 4));
    private static final ContractRules CONTRACT = ContractRules.of(
                    "nel", PerClientPerMonth.nel(PERIOD), PaymentByOutcomes.nel(PERIOD))
            .fundedBy(new Funding("Council public health grant", YEAR, new BigDecimal("125000.00")));
    private final PaymentCalculator calculator = new PaymentCalculator();

    @Test
    void theYearEndReconciliationOfTheSeedReport() {
        ActivityEvidence evidence = evidence(0);
        List<PaidStatement> paid = PaidStatements.of(calculator.year(CONTRACT, evidence, YEAR), CONTRACT, evidence);

        YearBudget budget = Budgets.year(CONTRACT, paid, evidence, YEAR.last().atEndOfMonth(), YEAR, 6);

        assertThat(budget.committed()).isEqualTo(pounds("125000.00"));
        assertThat(budget.monthsPaid()).isEqualTo(12);
        assertThat(budget.paidToDate()).isEqualTo(pounds("117400.00"));
        assertThat(budget.forecastToYearEnd()).isEqualTo(pounds("117400.00"));
        assertThat(budget.underspendToReserve()).isEqualTo(pounds("7600.00"));
        assertThat(budget.openWindows()).isEqualTo(18);
        assertThat(budget.outcomeLiability()).isEqualTo(pounds("3240.00"));
        assertThat(budget.reserveUncommitted()).isEqualTo(pounds("4360.00"));
        assertThat(budget.outcomesExpectedThisYear()).isEqualTo(pounds("0.00"));
        assertThat(budget.drawnFromPreviousReserve()).isEqualTo(pounds("1440.00"));
        assertThat(budget.reserveDrawnNextYear()).isEqualTo(pounds("0.00"));
    }

    @Test
    void nextYearsStatementsShowWhatTheReserveActuallyPaidForThisYearsCompletions() {
        ActivityEvidence evidence = evidence(15);
        List<PaidStatement> paid =
                new ArrayList<>(PaidStatements.of(calculator.year(CONTRACT, evidence, YEAR), CONTRACT, evidence));
        paid.addAll(PaidStatements.of(calculator.year(CONTRACT, evidence, NEXT), CONTRACT, evidence));

        YearBudget budget = Budgets.year(CONTRACT, paid, evidence, YEAR.last().atEndOfMonth(), YEAR, 6);

        // 15 of the 18 open windows sustained, 3 returned
        assertThat(budget.reserveDrawnNextYear()).isEqualTo(pounds("2700.00"));
        assertThat(budget.paidToDate()).isEqualTo(pounds("117400.00"));
    }

    @Test
    void midYearTheForecastRunsOnAtTheAverageMonthAndOpenWindowsAreExpectedThisYear() {
        ActivityEvidence evidence = evidence(0);
        List<PaidStatement> firstHalf = PaidStatements.of(calculator.year(CONTRACT, evidence, YEAR), CONTRACT, evidence)
                .subList(0, 6);
        BigDecimal paid = firstHalf.stream().map(PaidStatement::total).reduce(pounds("0.00"), BigDecimal::add);

        YearBudget budget = Budgets.year(CONTRACT, firstHalf, evidence, LocalDate.of(2016, 9, 30), YEAR, 6);

        assertThat(budget.monthsPaid()).isEqualTo(6);
        assertThat(budget.paidToDate()).isEqualTo(paid);
        assertThat(budget.forecastToYearEnd()).isEqualTo(paid.add(paid));
        // the 22 completions of April to June: windows open on 30 September, due by December
        assertThat(budget.outcomesExpectedThisYear()).isEqualTo(pounds("3960.00"));
        assertThat(budget.outcomeLiability()).isEqualTo(pounds("0.00"));
        assertThat(budget.underspendToReserve()).isEqualTo(pounds("125000.00").subtract(paid.add(paid)));
    }

    /** 262 clients every month of 2016/17 and 2017/18; the outcomes above; {@code sustainedNext} of the 18. */
    private static ActivityEvidence evidence(int sustainedNext) {
        List<ClientMonths> months = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            months.add(new ClientMonths(YEAR.first().plusMonths(m), 262));
        }
        List<OutcomeEvent> events = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalDate day = LocalDate.of(2015, 10, 1).plusDays(10L * i);
            events.add(completion(i, day));
            events.add(sustained(i, day));
        }
        for (int i = 0; i < 22; i++) {
            LocalDate day = LocalDate.of(2016, 4, 1).plusDays(3L * i);
            events.add(completion(100 + i, day));
            events.add(sustained(100 + i, day));
        }
        for (int i = 0; i < 18; i++) {
            LocalDate day = LocalDate.of(2016, 10, 1).plusDays(10L * i);
            events.add(completion(200 + i, day));
            if (i < sustainedNext) {
                events.add(sustained(200 + i, day));
            }
        }
        return new ActivityEvidence(months, events);
    }

    private static OutcomeEvent completion(int client, LocalDate discharged) {
        return new OutcomeEvent(OutcomeStage.COMPLETION, "C" + client, "E" + client, discharged, "80", discharged);
    }

    private static OutcomeEvent sustained(int client, LocalDate discharged) {
        return new OutcomeEvent(
                OutcomeStage.SUSTAINED_EXIT,
                "C" + client,
                "E" + client,
                discharged,
                "80",
                discharged.plusMonths(6).plusDays(1));
    }

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }
}
