package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.OUTPUT;
import static org.onedoor.contract.rules.PaymentFixtures.bonus;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.monthlyAmounts;
import static org.onedoor.contract.rules.PaymentFixtures.months;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.proportional;
import static org.onedoor.contract.rules.PaymentFixtures.reconciliation;
import static org.onedoor.contract.rules.PaymentFixtures.run;
import static org.onedoor.contract.rules.PaymentFixtures.threshold;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.PerClientPerMonth.Rounding;
import org.onedoor.contract.rules.PerClientPerMonth.RoundingMethod;

/** Example 5 (11.9): an average of 275, 3,300 client-months, and the cliff one client-month below. */
class Example5StretchTargetAndCliffTest {

    private static final Rounding PER_LINE = new Rounding(RoundingMethod.PER_LINE, RoundingMode.HALF_UP, true);

    @Test
    void bothReadingsPayOneHundredAndTenThousandAtTheTarget() {
        assertThat(run(everyMonth(275), proportional()).totalOf(OUTPUT)).isEqualTo(pounds("110000.00"));
        YearStatement threshold = run(everyMonth(275), threshold());
        assertThat(threshold.totalOf(OUTPUT)).isEqualTo(pounds("110000.00"));
        assertThat(bonus(threshold).amount()).isEqualTo(pounds("10000.00"));
    }

    @Test
    void cumulativeRoundingStaysExactlyAtTheCap() {
        assertThat(monthlyAmounts(run(everyMonth(275), proportional()), OUTPUT))
                .containsExactlyElementsOf(pounds(
                        "9166.67", "9166.66", "9166.67", "9166.67", "9166.66", "9166.67", "9166.67", "9166.66",
                        "9166.67", "9166.67", "9166.66", "9166.67"));
    }

    @Test
    void roundingEachMonthWithoutACapPaysFourPenceOver() {
        PerClientPerMonth uncapped = proportional().withCap(null).withRounding(PER_LINE);

        assertThat(run(everyMonth(275), uncapped).totalOf(OUTPUT)).isEqualTo(pounds("110000.04"));
    }

    @Test
    void roundingEachMonthThenApplyingTheCapTrimsTheLastMonth() {
        YearStatement statement = run(everyMonth(275), proportional().withRounding(PER_LINE));

        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("110000.00"));
        assertThat(monthlyAmounts(statement, OUTPUT).get(11)).isEqualTo(pounds("9166.63"));
    }

    @Test
    void roundingEachMonthWithTheCapBeforeRoundingPaysFourPenceOver() {
        PerClientPerMonth capBeforeRounding =
                proportional().withRounding(new Rounding(RoundingMethod.PER_LINE, RoundingMode.HALF_UP, false));

        assertThat(run(everyMonth(275), capBeforeRounding).totalOf(OUTPUT)).isEqualTo(pounds("110000.04"));
    }

    @Test
    void oneClientMonthShortPaysProportionallyButFallsOffTheThresholdCliff() {
        int[] clients = {275, 275, 275, 275, 275, 275, 275, 275, 275, 275, 275, 274};

        YearStatement proportional = run(months(clients), proportional());
        YearStatement threshold = run(months(clients), threshold());

        assertThat(reconciliation(proportional).quantity()).isEqualByComparingTo("3299");
        assertThat(reconciliation(proportional).description()).contains("(average 274.92 a month)");
        assertThat(proportional.totalOf(OUTPUT)).isEqualTo(pounds("109966.67"));
        assertThat(threshold.totalOf(OUTPUT)).isEqualTo(pounds("100000.00"));
        assertThat(proportional.totalOf(OUTPUT).subtract(threshold.totalOf(OUTPUT)))
                .isEqualTo(pounds("9966.67"));
    }
}
