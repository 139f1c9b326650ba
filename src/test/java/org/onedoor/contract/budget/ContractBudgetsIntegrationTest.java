package org.onedoor.contract.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.Pounds;
import org.onedoor.contract.runs.PaymentLine;
import org.onedoor.contract.runs.PaymentRuns;
import org.onedoor.contract.runs.RecordedTreatment;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.Contracts;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The budget of the worked-example contract from stored runs: what the approved statements paid and the run-rate
 * forecast, the outcome windows open in the latest run's snapshot (a client who came back and a non-qualifying
 * discharge left out), and next year's stage-2 payment for this year's completion drawn from the reserve.
 */
@IntegrationTest
class ContractBudgetsIntegrationTest {

    private static final FinancialYear YEAR = new FinancialYear(2016);
    private static final FinancialYear NEXT = new FinancialYear(2017);

    private final CurrentUser commissioner = person(Role.COMMISSIONER, UUID.randomUUID());

    @Autowired
    ContractBudgets budgets;

    @Autowired
    PaymentRuns runs;

    @Autowired
    Contracts contracts;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theBudgetIsWiredToApprovedStatementsAndTheLatestRunsEvidence() throws Exception {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2016-04-05", "2016-05-20", "80"); // window closed by 30 November
        recorded.client("2016-04-05", null, null);
        recorded.client("2016-04-11", null, null);
        recorded.client("2016-04-11", "2016-07-10", "80"); // window open, ends 10 January: due this year
        recorded.client("2016-04-11", "2016-10-15", "81"); // window open, ends 15 April: due next year
        recorded.client("2016-04-11", "2016-08-01", "85"); // dropped out: no outcome payment
        UUID returned = recorded.client("2016-04-11", "2016-09-10", "80");
        recorded.episode(returned, "2016-10-01", null, null); // came back: no stage 2
        UUID id = act(() -> contracts.importDocument(
                        "nel.yaml",
                        ContractFixtures.example(ContractFixtures.uniqueReference(), "ACTIVE", recorded.practiceCode)))
                .id();
        String page = "/contracts/" + id + "/budget";

        mvc.perform(get(page).param("year", "2016/17").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"no-approved\""),
                                containsString("No statement for 2016/17 has been approved yet"))));

        Statement april = runAndApprove(id, YearMonth.of(2016, 4), LocalDate.of(2016, 5, 3));
        Statement may = runAndApprove(id, YearMonth.of(2016, 5), LocalDate.of(2016, 6, 3));
        clock.setDate(LocalDate.of(2016, 12, 5));
        Statement november = act(() -> runs.run(id, YearMonth.of(2016, 11)));

        BudgetReport report = act(() -> budgets.year(id, YEAR));
        YearBudget budget = report.budget();
        BigDecimal paid = april.total().add(may.total());
        BigDecimal forecast =
                paid.add(paid.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
        BigDecimal committed = act(() -> contracts.funding(id)).stream()
                .filter(f -> f.year().equals(YEAR))
                .map(ContractRules.Funding::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stage2 =
                act(() -> contracts.versionFor(id, YearMonth.of(2017, 1))).document().rules().rules().stream()
                        .filter(PaymentByOutcomes.class::isInstance)
                        .map(r -> ((PaymentByOutcomes) r).stage2Amount())
                        .findFirst()
                        .orElseThrow();
        assertThat(budget.monthsPaid()).isEqualTo(2);
        assertThat(budget.paidToDate()).isEqualByComparingTo(paid);
        assertThat(budget.forecastToYearEnd()).isEqualByComparingTo(forecast);
        assertThat(budget.committed()).isEqualByComparingTo(committed);
        assertThat(budget.underspendToReserve())
                .isEqualByComparingTo(committed.subtract(forecast).max(BigDecimal.ZERO));
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2016, 11, 30));
        assertThat(report.snapshot().id()).isEqualTo(november.snapshotId().value());
        assertThat(budget.windowsDueThisYear()).isEqualTo(1);
        assertThat(budget.outcomesExpectedThisYear()).isEqualByComparingTo(stage2);
        assertThat(budget.openWindows()).isEqualTo(1);
        assertThat(budget.outcomeLiability()).isEqualByComparingTo(stage2);
        assertThat(report.months())
                .extracting(BudgetMonth::state)
                .containsExactly(
                        BudgetMonth.State.APPROVED,
                        BudgetMonth.State.APPROVED,
                        BudgetMonth.State.NOT_RUN,
                        BudgetMonth.State.NOT_RUN,
                        BudgetMonth.State.NOT_RUN,
                        BudgetMonth.State.NOT_RUN,
                        BudgetMonth.State.NOT_RUN,
                        BudgetMonth.State.DRAFT,
                        BudgetMonth.State.NOT_RUN,
                        BudgetMonth.State.NOT_RUN,
                        BudgetMonth.State.NOT_RUN,
                        BudgetMonth.State.NOT_RUN);
        assertThat(report.months().get(7).amount()).isEqualByComparingTo(november.total());
        assertThat(report.months().get(7).paid()).isEqualByComparingTo("0.00");

        mvc.perform(get(page).param("year", "2016/17").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Budget 2016/17"),
                                containsString("id=\"budget-paid\"><span>" + Pounds.format(paid) + "</span>"),
                                containsString("id=\"budget-forecast\"><span>" + Pounds.format(forecast) + "</span>"),
                                containsString("Paid so far " + Pounds.format(paid)
                                        + " over 2 approved months, projected at"
                                        + " the monthly average of "
                                        + Pounds.format(paid.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP))),
                                containsString(
                                        "id=\"budget-outcomes-expected\"><span>" + Pounds.format(stage2) + "</span>"),
                                containsString("1 client whose window ends before 31 March 2017"),
                                containsString("id=\"paid-by-month-chart\""),
                                containsString("role=\"img\""),
                                containsString("id=\"funding-by-stream\""),
                                containsString("Not yet approved"))));
        mvc.perform(get(page).param("year", "2099/00").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("govuk-error-summary"),
                                containsString(
                                        "Choose a financial year of the contract&#39;s term, 2016/17 to 2018/19"))));
        mvc.perform(get(page).with(as(person(Role.RECOVERY_WORKER, UUID.randomUUID()))))
                .andExpect(status().isForbidden());

        // Every month of 2016/17 approved in order (November's draft among them), then next year: April 2017 pays
        // the October completion's stage 2, from the 2016/17 reserve.
        for (YearMonth m = YearMonth.of(2016, 6); m.isBefore(YearMonth.of(2016, 11)); m = m.plusMonths(1)) {
            runAndApprove(id, m, m.plusMonths(1).atDay(3));
        }
        act(() -> runs.approve(november.id().value()));
        for (YearMonth m = YearMonth.of(2016, 12); !m.isAfter(YearMonth.of(2017, 3)); m = m.plusMonths(1)) {
            runAndApprove(id, m, m.plusMonths(1).atDay(3));
        }
        Statement april2017 = runAndApprove(id, YearMonth.of(2017, 4), LocalDate.of(2017, 5, 4));
        BigDecimal stage2Paid = april2017.lines().stream()
                .filter(l -> l.rule().equals("Payment by outcomes") && l.kind() == PaymentLine.Kind.PAYMENT)
                .map(PaymentLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(stage2Paid).isEqualByComparingTo(stage2);
        YearBudget atYearEnd = act(() -> budgets.year(id, YEAR)).budget();
        assertThat(atYearEnd.reserveDrawnNextYear()).isEqualByComparingTo(stage2Paid);
        assertThat(atYearEnd.outcomesExpectedThisYear()).isEqualByComparingTo("0.00");
        assertThat(atYearEnd.outcomeLiability()).isEqualByComparingTo(stage2);
        YearBudget next = act(() -> budgets.year(id, NEXT)).budget();
        assertThat(next.drawnFromPreviousReserve()).isEqualByComparingTo(stage2Paid);
        assertThat(next.paidToDate()).isEqualByComparingTo(april2017.total());
        assertThat(act(() -> budgets.currentYear(id))).isEqualTo(NEXT);
    }

    private Statement runAndApprove(UUID contract, YearMonth month, LocalDate today) {
        clock.setDate(today);
        Statement run = act(() -> runs.run(contract, month));
        return act(() -> runs.approve(run.id().value()));
    }

    private <T> T act(java.util.function.Supplier<T> action) {
        return currentUsers.actingAs(commissioner, action);
    }
}
