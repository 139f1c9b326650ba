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
import org.onedoor.contract.rules.QualityWithhold.Direction;
import org.onedoor.contract.rules.QualityWithhold.KpiRelease;

/** A CQUIN-style withhold of 2.5% of the output payments, released in March on two KPIs (60% and 40%). */
class QualityWithholdTest {

    private static final String CQUIN = "Quality withhold";

    private static QualityWithhold withhold(@Nullable String completions, @Nullable String waitingOver3Weeks) {
        return new QualityWithhold(
                CQUIN,
                FROM_APRIL_2016,
                new BigDecimal("2.5"),
                List.of(OUTPUT),
                Month.MARCH,
                List.of(
                        kpi("Successful completions %", completions, "15", Direction.AT_LEAST, "60"),
                        kpi("Waiting over 3 weeks %", waitingOver3Weeks, "5", Direction.AT_MOST, "40")));
    }

    private static KpiRelease kpi(
            String name, @Nullable String achieved, String threshold, Direction direction, String share) {
        return new KpiRelease(
                name,
                achieved == null ? null : new BigDecimal(achieved),
                new BigDecimal(threshold),
                direction,
                new BigDecimal(share));
    }

    @Test
    void holdsBackTwoAndAHalfPercentEachMonthRoundedYearToDate() {
        YearStatement statement = run(everyMonth(250), proportional(), withhold("18.2", "4"));

        assertThat(statement.monthlyTotalsOf(CQUIN).subList(0, 3))
                .containsExactlyElementsOf(pounds("-208.33", "-208.34", "-208.33"));
        assertThat(statement.linesIn(month(1)).get(1).description())
                .isEqualTo("Withhold 2.5% of £8,333.33 paid"
                        + " this month under Output payments (rounded year to date); held so far £208.33");
    }

    @Test
    void releasesEverythingWhenBothKpisAreMet() {
        YearStatement statement = run(everyMonth(250), proportional(), withhold("18.2", "4"));

        assertThat(statement.totalOf(CQUIN)).isEqualTo(pounds("0.00"));
        assertThat(statement.total()).isEqualTo(pounds("100000.00"));
    }

    @Test
    void releasesOnlyTheShareOfTheKpiThatIsMet() {
        YearStatement statement = run(everyMonth(250), proportional(), withhold("18.2", "7"));

        List<StatementLine> releases = statement.linesIn(month(12)).stream()
                .filter(line -> line.description().startsWith("Release"))
                .toList();
        assertThat(releases).extracting(StatementLine::amount).containsExactly(pounds("1500.00"), pounds("0.00"));
        assertThat(releases.get(1).description())
                .isEqualTo("Release for Waiting over 3 weeks % (threshold at most"
                        + " 5): achieved 7, not met; 40% of the £2,500.00 held = £1,000.00 not released");
        assertThat(statement.total()).isEqualTo(pounds("99000.00"));
    }

    @Test
    void releasesNothingForAKpiNotYetReported() {
        YearStatement statement = run(everyMonth(250), proportional(), withhold(null, "4"));

        assertThat(statement.totalOf(CQUIN)).isEqualTo(pounds("-1500.00"));
    }

    @Test
    void aReleaseBeforeMarchStopsWithholdingAfterIt() {
        QualityWithhold september = new QualityWithhold(
                CQUIN,
                FROM_APRIL_2016,
                BigDecimal.TEN,
                List.of(OUTPUT),
                Month.SEPTEMBER,
                List.of(kpi("Successful completions %", "20", "15", Direction.AT_LEAST, "100")));

        YearStatement statement = run(everyMonth(250), proportional(), september);

        assertThat(statement.linesOf(CQUIN)).allMatch(line -> !line.month().isAfter(month(6)));
        assertThat(statement.totalOf(CQUIN)).isEqualTo(pounds("0.00"));
    }
}
