package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.FROM_APRIL_2016;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.month;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.run;

import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.Retainer.Frequency;

/**
 * The legacy model (11.3, A15): retainer × practices + legacy rate × client-months. The report gives no retainer,
 * practice count or rate, so these are illustrative parameters: £1,000 × 11 practices and £30 a patient-month, which
 * at the contract estimate of 275 a month makes the "about £110,000 a year including retainers".
 */
class RetainerLegacyModelTest {

    private static final String LEGACY = "Legacy GP contract";

    private Retainer legacy(Frequency frequency) {
        return new Retainer(LEGACY, FROM_APRIL_2016, pounds("1000.00"), 11, frequency, pounds("30.00"));
    }

    @Test
    void legacyPaysRetainerTimesPracticesPlusRateTimesClientMonths() {
        YearStatement statement = run(everyMonth(275), legacy(Frequency.MONTHLY));

        assertThat(statement.totalOf(LEGACY)).isEqualTo(pounds("110000.00"));
    }

    @Test
    void belowTheEstimateItPaidAboutOneHundredThousand() {
        // activity fell below 275: 247 a month is 2,964 patient-months, 11,000 + 88,920
        assertThat(run(everyMonth(247), legacy(Frequency.MONTHLY)).totalOf(LEGACY))
                .isEqualTo(pounds("99920.00"));
    }

    @Test
    void aMonthlyRetainerIsRoundedYearToDate() {
        YearStatement statement = run(everyMonth(0), legacy(Frequency.MONTHLY));

        assertThat(statement.monthlyTotalsOf(LEGACY).subList(0, 3))
                .containsExactlyElementsOf(pounds("916.67", "916.66", "916.67"));
        assertThat(statement.totalOf(LEGACY)).isEqualTo(pounds("11000.00"));
    }

    @Test
    void anAnnualRetainerIsPaidInTheFirstMonth() {
        YearStatement statement = run(everyMonth(275), legacy(Frequency.ANNUALLY));

        assertThat(statement.linesIn(month(1)))
                .extracting(StatementLine::amount)
                .containsExactly(pounds("11000.00"), pounds("8250.00"));
        assertThat(statement.linesIn(month(2)))
                .extracting(StatementLine::amount)
                .containsExactly(pounds("8250.00"));
        assertThat(statement.linesIn(month(1)).get(0).description())
                .isEqualTo("Retainer £1,000.00 a year × 11 practices = £11,000.00, paid once for the year");
    }
}
