package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.OUTPUT;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.month;
import static org.onedoor.contract.rules.PaymentFixtures.monthlyAmounts;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.proportional;
import static org.onedoor.contract.rules.PaymentFixtures.proportionalWithCapTiming;
import static org.onedoor.contract.rules.PaymentFixtures.reconciliation;
import static org.onedoor.contract.rules.PaymentFixtures.run;
import static org.onedoor.contract.rules.PaymentFixtures.threshold;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.PerClientPerMonth.CapTiming;

/** Example 6 (11.9): an average of 300, 3,600 client-months, over the cap; and the three cap timings (A2). */
class Example6OverTheCapTest {

    @Test
    void uncappedActivityIsWorthOneHundredAndTwentyThousand() {
        assertThat(run(everyMonth(300), proportional().withCap(null)).totalOf(OUTPUT))
                .isEqualTo(pounds("120000.00"));
    }

    @Test
    void bothReadingsPayTheCapAndLeaveThreeHundredClientMonthsUnpaid() {
        YearStatement statement = run(everyMonth(300), proportional());

        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("110000.00"));
        assertThat(run(everyMonth(300), threshold()).totalOf(OUTPUT)).isEqualTo(pounds("110000.00"));
        assertThat(pounds("3600").subtract(reconciliation(statement).quantity()))
                .isEqualByComparingTo("300");
    }

    @Test
    void cumulativeCapPaysTenThousandForElevenMonthsAndNothingInMarch() {
        YearStatement statement = run(everyMonth(300), proportional());

        assertThat(monthlyAmounts(statement, OUTPUT).subList(0, 11))
                .containsExactlyElementsOf(Collections.nCopies(11, pounds("10000.00")));
        assertThat(monthlyAmounts(statement, OUTPUT).get(11)).isEqualTo(pounds("0.00"));
        assertThat(statement.totalIn(month(12))).isEqualTo(pounds("0.00"));
        assertThat(statement.linesIn(month(12)).get(0).description())
                .startsWith("300 clients in treatment,"
                        + " 0 within the cap × £33.33⅓ = £0.00; year to date 3,600 client-months of a 3,300 cap");
    }

    @Test
    void monthlyCapOfTwoHundredAndSeventyFiveSpreadsTheCapEvenly() {
        YearStatement statement = run(everyMonth(300), proportionalWithCapTiming(CapTiming.MONTHLY));

        assertThat(monthlyAmounts(statement, OUTPUT))
                .containsExactlyElementsOf(pounds(
                        "9166.67", "9166.66", "9166.67", "9166.67", "9166.66", "9166.67", "9166.67", "9166.66",
                        "9166.67", "9166.67", "9166.66", "9166.67"));
        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("110000.00"));
        assertThat(statement.linesOf(OUTPUT).get(0).quantity()).isEqualByComparingTo("275");
    }

    @Test
    void payThenReconcilePaysActualsAndClawsBackTenThousandAtYearEnd() {
        YearStatement statement = run(everyMonth(300), proportionalWithCapTiming(CapTiming.RECONCILE));

        assertThat(monthlyAmounts(statement, OUTPUT)).containsOnly(pounds("10000.00"));
        assertThat(statement.totalOf(OUTPUT).subtract(reconciliation(statement).amount()))
                .isEqualTo(pounds("120000.00"));
        assertThat(reconciliation(statement).month()).isEqualTo(month(12));
        assertThat(reconciliation(statement).amount()).isEqualTo(pounds("-10000.00"));
        assertThat(reconciliation(statement).description())
                .endsWith("due £110,000.00; paid £120,000.00 in the" + " months: claw back £10,000.00");
        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("110000.00"));
    }

    @Test
    void aCapInPoundsBitesOnTheYearToDate() {
        PerClientPerMonth capped = proportional()
                .withCap(new PerClientPerMonth.ClientMonthCap(
                        3300, CapTiming.CUMULATIVE_YEAR_TO_DATE, pounds("105000.00")));

        YearStatement statement = run(everyMonth(300), capped);

        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("105000.00"));
        assertThat(monthlyAmounts(statement, OUTPUT).get(10)).isEqualTo(pounds("5000.00"));
    }
}
