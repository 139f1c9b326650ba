package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.FROM_APRIL_2016;
import static org.onedoor.contract.rules.PaymentFixtures.OUTPUT;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.month;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.proportional;
import static org.onedoor.contract.rules.PaymentFixtures.run;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.MeasuredIndicator;
import org.onedoor.contract.rules.QualityWithhold.Direction;
import org.onedoor.contract.rules.QualityWithhold.IndicatorRelease;

/**
 * Issue 17 item 6: a withhold of 2.5% of the output payments (£2,500 by March) released on two measured indicators,
 * C19a at least 5% (60%) and the share waiting over 3 weeks to start at most 10% (40%), judged on the values the run
 * froze for April 2016 to March 2017.
 */
class MeasuredWithholdTest {

    private static final String CQUIN = "Quality withhold";
    private static final String YEAR = "2016-04..2017-03";

    private static final QualityWithhold WITHHOLD = new QualityWithhold(
            CQUIN,
            FROM_APRIL_2016,
            new BigDecimal("2.5"),
            List.of(OUTPUT),
            Month.MARCH,
            List.of(
                    new IndicatorRelease("C19a", new BigDecimal("5"), Direction.AT_LEAST, new BigDecimal("60")),
                    new IndicatorRelease(
                            "WAIT_START_OVER_3_WEEKS", BigDecimal.TEN, Direction.AT_MOST, new BigDecimal("40"))));

    private static ActivityEvidence measured(@Nullable String c19a, @Nullable String waits) {
        return everyMonth(250)
                .withIndicators(List.of(
                        indicator("C19a", "Successful completion of drug treatment - opiate users", c19a, 3L, 48L),
                        indicator(
                                "WAIT_START_OVER_3_WEEKS", "Waiting over 3 weeks to start treatment", waits, 4L, 40L)));
    }

    private static MeasuredIndicator indicator(
            String id, String name, @Nullable String value, Long numerator, Long denominator) {
        return new MeasuredIndicator(
                id,
                name,
                YEAR,
                value == null ? null : new BigDecimal(value),
                numerator,
                value == null ? null : denominator,
                "%",
                "provisional");
    }

    private static List<StatementLine> releases(YearStatement statement) {
        return statement.linesIn(month(12)).stream()
                .filter(line -> line.rule().equals(CQUIN) && line.quantity().equals(BigDecimal.ONE))
                .toList();
    }

    @Test
    void releasesEachShareWhoseIndicatorMeetsItsThreshold() {
        YearStatement statement = run(measured("6.2", "8.0"), proportional(), WITHHOLD);

        assertThat(releases(statement))
                .extracting(StatementLine::amount)
                .containsExactly(pounds("1500.00"), pounds("1000.00"));
        assertThat(releases(statement).get(0).description())
                .isEqualTo("C19a Successful completion of drug treatment - opiate users 6.2% (3 of 48, "
                        + YEAR + ", provisional) — target at least 5%: met; 60% of the £2,500.00 held"
                        + " = £1,500.00 released");
        assertThat(statement.totalOf(CQUIN)).isEqualTo(pounds("0.00"));
    }

    @Test
    void keepsTheShareOfAnIndicatorThatMissesItsThreshold() {
        YearStatement statement = run(measured("4.9", "10.1"), proportional(), WITHHOLD);

        assertThat(releases(statement))
                .extracting(StatementLine::amount)
                .containsExactly(pounds("0.00"), pounds("0.00"));
        assertThat(releases(statement).get(1).description())
                .startsWith("WAIT_START_OVER_3_WEEKS Waiting over 3 weeks to start treatment 10.1% (4 of 40, "
                        + YEAR + ", provisional) — target at most 10%: missed; 40% of the £2,500.00 held = £1,000.00"
                        + " not released");
        assertThat(statement.totalOf(CQUIN)).isEqualTo(pounds("-2500.00"));
    }

    @Test
    void aValueEqualToTheThresholdMeetsIt() {
        YearStatement statement = run(measured("5.0", "10.0"), proportional(), WITHHOLD);

        assertThat(releases(statement))
                .extracting(StatementLine::amount)
                .containsExactly(pounds("1500.00"), pounds("1000.00"));
    }

    @Test
    void anIndicatorWithNoDenominatorIsNotMeasuredAndReleasesNothing() {
        YearStatement statement = run(measured(null, "8.0"), proportional(), WITHHOLD);

        assertThat(releases(statement))
                .extracting(StatementLine::amount)
                .containsExactly(pounds("0.00"), pounds("1000.00"));
        assertThat(releases(statement).get(0).description())
                .startsWith("C19a Successful completion of drug treatment - opiate users not measured for " + YEAR
                        + " — target at least 5: not met; 60% of the £2,500.00 held = £1,500.00 not released");
    }

    @Test
    void anIndicatorTheRunDidNotMeasureReleasesNothing() {
        YearStatement statement = run(everyMonth(250), proportional(), WITHHOLD);

        assertThat(statement.totalOf(CQUIN)).isEqualTo(pounds("-2500.00"));
        assertThat(releases(statement).get(0).description()).startsWith("C19a not measured for " + YEAR);
    }

    @Test
    void refusesAnUnknownIndicatorAndAThresholdOutOfRange() {
        QualityWithhold wrong = new QualityWithhold(
                CQUIN,
                FROM_APRIL_2016,
                new BigDecimal("2.5"),
                List.of(OUTPUT),
                Month.MARCH,
                List.of(
                        new IndicatorRelease("C19z", BigDecimal.ONE, Direction.AT_LEAST, new BigDecimal("50")),
                        new IndicatorRelease("C19b", new BigDecimal("101"), Direction.AT_LEAST, new BigDecimal("25")),
                        new IndicatorRelease(
                                "WAIT_START_MEDIAN", new BigDecimal("-1"), Direction.AT_MOST, new BigDecimal("25"))));

        RuleFindings findings = PaymentRuleValidation.validate(ContractRules.of("nel", proportional(), wrong));

        assertThat(findings.errors())
                .extracting(RuleFindings.Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("Unknown indicator C19z: name one of C19a, C19b, C19c"))
                .contains("The threshold of C19b is a percentage from 0 to 100, not 101")
                .contains("The threshold of WAIT_START_MEDIAN cannot be negative (-1)");
    }
}
