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

import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.PerClientPerMonth.BelowCore;
import org.onedoor.contract.rules.PerClientPerMonth.RateRounding;

/** Example 2 (11.9): an average of 240, 2,880 client-months, below the core. */
class Example2BelowCoreTest {

    @Test
    void proportionalPaysNinetySixThousandInEvenMonths() {
        YearStatement statement = run(everyMonth(240), proportional());

        assertThat(monthlyAmounts(statement, OUTPUT)).hasSize(12).containsOnly(pounds("8000.00"));
        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("96000.00"));
        assertThat(reconciliation(statement).quantity()).isEqualByComparingTo("2880");
    }

    @Test
    void thresholdPaysTheSameBelowTheCore() {
        YearStatement statement = run(everyMonth(240), threshold());

        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("96000.00"));
        assertThat(bonus(statement).amount()).isEqualTo(pounds("0.00"));
    }

    @Test
    void rateRoundedToPenceFirstPaysLess() {
        YearStatement statement = run(everyMonth(240), proportional().withRateRounding(RateRounding.PENCE));

        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("95990.40"));
    }

    @Test
    void proRataHasNoFloorSoTheProviderIsFourThousandBelowCore() {
        YearStatement statement = run(everyMonth(240), proportional());

        assertThat(pounds("100000.00").subtract(statement.totalOf(OUTPUT))).isEqualTo(pounds("4000.00"));
        assertThat(reconciliation(statement).amount()).isEqualTo(pounds("0.00"));
    }

    @Test
    void aCollarTopsTheYearUpAtTheReconciliation() {
        YearStatement statement =
                run(everyMonth(240), proportional().withBelowCore(BelowCore.collar(pounds("98000.00"))));

        assertThat(reconciliation(statement).amount()).isEqualTo(pounds("2000.00"));
        assertThat(reconciliation(statement).description())
                .contains("raised to the collar of £98,000.00")
                .endsWith("top up £2,000.00");
        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("98000.00"));
    }

    @Test
    void aCollarDoesNothingAboveIt() {
        YearStatement statement = run(
                months(250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250),
                proportional().withBelowCore(BelowCore.collar(pounds("98000.00"))));

        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("100000.00"));
    }
}
