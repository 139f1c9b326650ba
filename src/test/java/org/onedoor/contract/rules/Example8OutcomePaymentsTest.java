package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.FROM_APRIL_2016;
import static org.onedoor.contract.rules.PaymentFixtures.OUTCOMES;
import static org.onedoor.contract.rules.PaymentFixtures.clientKey;
import static org.onedoor.contract.rules.PaymentFixtures.episodeKey;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.outcomes;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.run;
import static org.onedoor.contract.rules.PaymentFixtures.withOutcomes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.rules.PaymentByOutcomes.CapMode;

/** Example 8 (11.9): £180 a stage, counted in the year paid, under the £15,000 annual cap. */
class Example8OutcomePaymentsTest {

    private final PaymentByOutcomes moneyCap = PaymentByOutcomes.nel(FROM_APRIL_2016);
    private final PaymentByOutcomes wholePayments = moneyCap.withCap(pounds("15000.00"), CapMode.WHOLE_PAYMENTS_ONLY);

    private static ActivityEvidence evidence(int completions, int sustained) {
        return withOutcomes(everyMonth(0), outcomes(completions, sustained));
    }

    @Test
    void a_seventyPaymentsAreUnderTheCap() {
        YearStatement statement = run(evidence(40, 30), moneyCap);

        assertThat(statement.linesOf(OUTCOMES)).hasSize(70);
        assertThat(statement.totalOf(OUTCOMES)).isEqualTo(pounds("12600.00"));
        assertThat(pounds("15000.00").subtract(statement.totalOf(OUTCOMES))).isEqualTo(pounds("2400.00"));
        assertThat(statement.unpaidOf(OUTCOMES)).isEqualTo(pounds("0.00"));
    }

    @Test
    void b_eightyThreePaymentsFitWhole() {
        assertThat(run(evidence(50, 33), moneyCap).totalOf(OUTCOMES)).isEqualTo(pounds("14940.00"));
        assertThat(run(evidence(50, 33), wholePayments).totalOf(OUTCOMES)).isEqualTo(pounds("14940.00"));
    }

    @Test
    void b_theEightyFourthIsPaidSixtyPoundsUnderTheMoneyCap() {
        YearStatement statement = run(evidence(50, 34), moneyCap);

        StatementLine last = statement.linesOf(OUTCOMES).get(83);
        assertThat(last.amount()).isEqualTo(pounds("60.00"));
        assertThat(last.description())
                .contains("£180.00, paid £60.00: the £15,000.00 annual cap is reached"
                        + " (£120.00 unpaid); year to date £15,000.00 of a £15,000.00 cap");
        assertThat(statement.totalOf(OUTCOMES)).isEqualTo(pounds("15000.00"));
        assertThat(statement.linesOf(OUTCOMES)).hasSize(84);
        assertThat(statement.linesOf(OUTCOMES).stream().map(StatementLine::rate).reduce(java.math.BigDecimal::add))
                .hasValue(pounds("15120.00"));
    }

    @Test
    void b_theEightyFourthIsNotPaidUnderWholePaymentsOnly() {
        YearStatement statement = run(evidence(50, 34), wholePayments);

        assertThat(statement.linesOf(OUTCOMES).get(83).amount()).isEqualTo(pounds("0.00"));
        assertThat(statement.totalOf(OUTCOMES)).isEqualTo(pounds("14940.00"));
    }

    @Test
    void c_inDueDateOrderEightyThreeInFullTheEightyFourthSixtyAndTheRestNothing() {
        YearStatement statement = run(evidence(60, 45), moneyCap);
        List<StatementLine> lines = statement.linesOf(OUTCOMES);

        assertThat(lines).hasSize(105);
        assertThat(lines.subList(0, 83)).allMatch(line -> line.amount().equals(pounds("180.00")));
        assertThat(lines.get(83).amount()).isEqualTo(pounds("60.00"));
        assertThat(lines.subList(84, 105))
                .hasSize(21)
                .allMatch(line -> line.amount().equals(pounds("0.00")));
        assertThat(statement.totalOf(OUTCOMES)).isEqualTo(pounds("15000.00"));
        assertThat(statement.unpaidOf(OUTCOMES)).isEqualTo(pounds("3900.00"));
    }

    @Test
    void c_theCutFallsOnTheTwentyFourthSustainedExitAndEachLineCarriesItsEvidence() {
        StatementLine cut = run(evidence(60, 45), moneyCap).linesOf(OUTCOMES).get(83);

        // 60 completions (£10,800) are due first, from April to September; then 23 sustained exits make £14,940
        assertThat(cut.description()).startsWith("Stage 2, exit sustained through the window");
        assertThat(cut.evidence()).containsExactly(clientKey(23), episodeKey(23));
        // client 23 was discharged on 9 June 2016, so the window closes on 9 December: paid in December
        assertThat(cut.month()).isEqualTo(java.time.YearMonth.of(2016, 12));
    }

    @Test
    void c_wholePaymentsOnlyStopsAtFourteenThousandNineHundredAndForty() {
        YearStatement statement = run(evidence(60, 45), wholePayments);

        assertThat(statement.totalOf(OUTCOMES)).isEqualTo(pounds("14940.00"));
        assertThat(statement.unpaidOf(OUTCOMES)).isEqualTo(pounds("3960.00"));
    }

    @Test
    void eachEventIsPaidInTheMonthItsEvidenceBecameComplete() {
        YearStatement statement = run(evidence(1, 1), moneyCap);

        assertThat(statement.linesOf(OUTCOMES))
                .extracting(StatementLine::month)
                .containsExactly(java.time.YearMonth.of(2016, 4), java.time.YearMonth.of(2016, 10));
        assertThat(statement.linesOf(OUTCOMES).get(0).description())
                .isEqualTo("Stage 1, successful completion"
                        + " (discharged 2016-04-01, reason 80; evidence complete 2016-04-01): £180.00 paid; year to date"
                        + " £180.00 of a £15,000.00 cap");
    }
}
