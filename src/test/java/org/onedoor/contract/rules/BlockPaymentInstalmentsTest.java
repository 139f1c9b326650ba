package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.FROM_APRIL_2016;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.month;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.run;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.BlockPayment.InstalmentRounding;

/** Domain reference 11.2: the CCG's £116,525 a year in twelve monthly instalments. */
class BlockPaymentInstalmentsTest {

    private static final String CCG = "CCG staffing and admin";
    private final BlockPayment ccg = BlockPayment.monthly(CCG, FROM_APRIL_2016, pounds("116525.00"));

    @Test
    void cumulativeRoundingPaysPointFortyOneInTheSecondFifthEighthAndEleventhMonths() {
        YearStatement statement = run(everyMonth(0), ccg);

        assertThat(statement.monthlyTotalsOf(CCG))
                .containsExactlyElementsOf(pounds(
                        "9710.42", "9710.41", "9710.42", "9710.42", "9710.41", "9710.42", "9710.42", "9710.41",
                        "9710.42", "9710.42", "9710.41", "9710.42"));
        assertThat(statement.totalOf(CCG)).isEqualByComparingTo("116525.00");
    }

    @Test
    void finalInstalmentTakesTheRemainder() {
        YearStatement statement = run(everyMonth(0), ccg.withRounding(InstalmentRounding.FINAL_INSTALMENT_REMAINDER));

        assertThat(statement.monthlyTotalsOf(CCG).subList(0, 11))
                .containsExactlyElementsOf(Collections.nCopies(11, pounds("9710.42")));
        assertThat(statement.monthlyTotalsOf(CCG).get(11)).isEqualTo(pounds("9710.38"));
        assertThat(statement.totalOf(CCG)).isEqualByComparingTo("116525.00");
    }

    @Test
    void roundingEachInstalmentOnItsOwnPaysFourPenceOver() {
        YearStatement statement = run(everyMonth(0), ccg.withRounding(InstalmentRounding.EACH_INSTALMENT));

        assertThat(statement.monthlyTotalsOf(CCG)).containsOnly(pounds("9710.42"));
        assertThat(statement.totalOf(CCG)).isEqualTo(pounds("116525.04"));
    }

    @Test
    void explainsEachInstalment() {
        StatementLine second = run(everyMonth(0), ccg).linesIn(month(2)).get(0);

        assertThat(second.description())
                .isEqualTo("Instalment 2 of 12 of £116,525.00 a year (£9,710.41⅔ each,"
                        + " rounded year to date); year to date £19,420.83");
        assertThat(second.quantity()).isEqualByComparingTo("1");
        assertThat(second.rate()).isEqualTo(pounds("9710.416667"));
        assertThat(second.rateText()).isEqualTo("£9,710.42 (exactly £116,525.00 ÷ 12)");
    }

    @Test
    void showsAWholePenceInstalmentRateWithThousandsSeparators() {
        BlockPayment even = BlockPayment.monthly(CCG, FROM_APRIL_2016, pounds("120000.00"));

        assertThat(run(everyMonth(0), even).linesIn(month(1)).get(0).rateText()).isEqualTo("£10,000.00");
    }

    @Test
    void showsARateKnownOnlyAsADecimalToAllItsPlaces() {
        assertThat(StatementLine.rateText(pounds("1234.5"))).isEqualTo("£1,234.50");
        assertThat(StatementLine.rateText(pounds("33.333333"))).isEqualTo("£33.333333");
        assertThat(StatementLine.rateText(pounds("-12.5"))).isEqualTo("−£12.50");
    }

    @Test
    void aBlockStartingInOctoberPaysHalfTheYearInSixInstalments() {
        BlockPayment fromOctober = BlockPayment.monthly(CCG, EffectivePeriod.from(month(7)), pounds("116525.00"));

        YearStatement statement = run(everyMonth(0), fromOctober);

        assertThat(statement.linesOf(CCG))
                .hasSize(6)
                .allMatch(line -> !line.month().isBefore(month(7)));
        assertThat(statement.totalOf(CCG)).isEqualTo(pounds("58262.50"));
    }
}
