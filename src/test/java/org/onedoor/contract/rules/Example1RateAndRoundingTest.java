package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.OUTPUT;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.monthlyAmounts;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.proportional;
import static org.onedoor.contract.rules.PaymentFixtures.run;
import static org.onedoor.contract.rules.PaymentFixtures.threshold;

import java.math.RoundingMode;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.PerClientPerMonth.RateRounding;
import org.onedoor.contract.rules.PerClientPerMonth.Rounding;
import org.onedoor.contract.rules.PerClientPerMonth.RoundingMethod;

/** Example 1 (11.9): 250 clients every month, r = £100,000 / 3,000 = £33⅓. */
class Example1RateAndRoundingTest {

    @Test
    void theRateIsOneHundredThousandOverThreeThousandClientMonths() {
        StatementLine april =
                run(everyMonth(250), proportional()).linesOf(OUTPUT).get(0);

        assertThat(april.rate()).isEqualTo(pounds("33.333333"));
        assertThat(april.rateText()).isEqualTo("£33.33 (exactly £100,000.00 ÷ 3,000)");
        assertThat(april.description()).startsWith("250 clients in treatment × £33.33⅓ = £8,333.33;");
    }

    @Test
    void cumulativeRoundingPaysPointThirtyFourInTheSecondFifthEighthAndEleventhMonths() {
        YearStatement statement = run(everyMonth(250), proportional());

        assertThat(monthlyAmounts(statement, OUTPUT))
                .containsExactlyElementsOf(pounds(
                        "8333.33", "8333.34", "8333.33", "8333.33", "8333.34", "8333.33", "8333.33", "8333.34",
                        "8333.33", "8333.33", "8333.34", "8333.33"));
        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("100000.00"));
    }

    @Test
    void roundingEachMonthPaysFourPenceShort() {
        PerClientPerMonth perLine =
                proportional().withRounding(new Rounding(RoundingMethod.PER_LINE, RoundingMode.HALF_UP, true));

        YearStatement statement = run(everyMonth(250), perLine);

        assertThat(monthlyAmounts(statement, OUTPUT))
                .containsExactlyElementsOf(Collections.nCopies(12, pounds("8333.33")));
        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("99999.96"));
    }

    @Test
    void rateRoundedToPenceFirstPaysTenPoundsShort() {
        YearStatement statement = run(everyMonth(250), proportional().withRateRounding(RateRounding.PENCE));

        assertThat(monthlyAmounts(statement, OUTPUT)).containsOnly(pounds("8332.50"));
        assertThat(statement.linesOf(OUTPUT).get(0).rate()).isEqualTo(pounds("33.33"));
        assertThat(statement.linesOf(OUTPUT).get(0).rateText()).isEqualTo("£33.33");
        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("99990.00"));
    }

    @Test
    void thresholdReadingPaysTheSameCore() {
        YearStatement statement = run(everyMonth(250), threshold());

        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("100000.00"));
    }
}
