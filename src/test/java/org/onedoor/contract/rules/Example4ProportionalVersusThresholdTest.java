package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.OUTPUT;
import static org.onedoor.contract.rules.PaymentFixtures.bonus;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.monthlyAmounts;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.proportional;
import static org.onedoor.contract.rules.PaymentFixtures.run;
import static org.onedoor.contract.rules.PaymentFixtures.threshold;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.PerClientPerMonth.Rounding;
import org.onedoor.contract.rules.PerClientPerMonth.RoundingMethod;

/** Example 4 (11.9): an average of 262, 3,144 client-months: the test that pins A1. */
class Example4ProportionalVersusThresholdTest {

    @Test
    void proportionalPaysTheSameRateAboveTheCore() {
        YearStatement statement = run(everyMonth(262), proportional());

        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("104800.00"));
        assertThat(monthlyAmounts(statement, OUTPUT))
                .containsExactlyElementsOf(pounds(
                        "8733.33", "8733.34", "8733.33", "8733.33", "8733.34", "8733.33", "8733.33", "8733.34",
                        "8733.33", "8733.33", "8733.34", "8733.33"));
    }

    @Test
    void roundingEachMonthWouldPayFourPenceLess() {
        PerClientPerMonth perLine =
                proportional().withRounding(new Rounding(RoundingMethod.PER_LINE, RoundingMode.HALF_UP, true));

        assertThat(run(everyMonth(262), perLine).totalOf(OUTPUT)).isEqualTo(pounds("104799.96"));
    }

    @Test
    void thresholdCapsTheCoreAndPaysNoBonusBelowTwoHundredAndSeventyFive() {
        YearStatement statement = run(everyMonth(262), threshold());

        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("100000.00"));
        assertThat(bonus(statement).amount()).isEqualTo(pounds("0.00"));
        assertThat(bonus(statement).description())
                .isEqualTo("Stretch bonus 10% of £100,000.00 = £10,000.00 if the"
                        + " year's average reaches 275 clients: 2016/17 average 262 (3,144 client-months) is below it,"
                        + " not paid £0.00");
    }

    @Test
    void theTwoReadingsDifferByFourThousandEightHundred() {
        assertThat(run(everyMonth(262), proportional())
                        .totalOf(OUTPUT)
                        .subtract(run(everyMonth(262), threshold()).totalOf(OUTPUT)))
                .isEqualTo(pounds("4800.00"));
    }

    @Test
    void thresholdStopsPayingOnceTheCoreIsReached() {
        YearStatement statement = run(everyMonth(262), threshold());

        // 11 months reach 2,882 client-months; March has 118 left of the 3,000 core: £3,933.33 after rounding
        assertThat(monthlyAmounts(statement, OUTPUT).get(11)).isEqualTo(pounds("3933.33"));
    }
}
