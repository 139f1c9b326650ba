package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.OUTPUT;
import static org.onedoor.contract.rules.PaymentFixtures.monthlyAmounts;
import static org.onedoor.contract.rules.PaymentFixtures.months;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.proportional;
import static org.onedoor.contract.rules.PaymentFixtures.proportionalWithCapTiming;
import static org.onedoor.contract.rules.PaymentFixtures.reconciliation;
import static org.onedoor.contract.rules.PaymentFixtures.run;
import static org.onedoor.contract.rules.PaymentFixtures.threshold;

import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.PerClientPerMonth.CapTiming;

/** Example 7 (11.9): April-September 300 a month, October-March 250: 3,300 client-months, where cap timing matters. */
class Example7UnevenYearTest {

    private static final int[] UNEVEN = {300, 300, 300, 300, 300, 300, 250, 250, 250, 250, 250, 250};

    @Test
    void cumulativeAnnualCapPaysTheWholeYear() {
        YearStatement statement = run(months(UNEVEN), proportional());

        assertThat(monthlyAmounts(statement, OUTPUT))
                .containsExactlyElementsOf(pounds(
                        "10000.00",
                        "10000.00",
                        "10000.00",
                        "10000.00",
                        "10000.00",
                        "10000.00",
                        "8333.33",
                        "8333.34",
                        "8333.33",
                        "8333.33",
                        "8333.34",
                        "8333.33"));
        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("110000.00"));
    }

    @Test
    void monthlyCapOfTwoHundredAndSeventyFiveLosesTheSummerPeak() {
        YearStatement statement = run(months(UNEVEN), proportionalWithCapTiming(CapTiming.MONTHLY));

        assertThat(reconciliation(statement).quantity()).isEqualByComparingTo("3150");
        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("105000.00"));
    }

    @Test
    void thresholdReadingReachesTheStretch() {
        assertThat(run(months(UNEVEN), threshold()).totalOf(OUTPUT)).isEqualTo(pounds("110000.00"));
    }
}
