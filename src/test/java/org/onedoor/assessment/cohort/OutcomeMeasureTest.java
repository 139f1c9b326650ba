package org.onedoor.assessment.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.assessment.cohort.OutcomeMeasure.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cohort outcome definitions at their boundaries, with the defaults. */
class OutcomeMeasureTest {

    private static final CohortSettings DEFAULTS = CohortSettings.defaults();

    @ParameterizedTest(name = "{0}: start {1}, review {2} -> problem {3}, met {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "ABSTINENCE, 0, 0, false, false",
                "ABSTINENCE, 1, 0, true, true",
                "ABSTINENCE, 28, 1, true, false",
                "ABSTINENCE, 12, -, true, false",
                "REDUCED_USE, 10, 9, true, true",
                "REDUCED_USE, 10, 10, true, false",
                "REDUCED_USE, 0, 0, false, false",
                "STOPPED_INJECTING, 1, 0, true, true",
                "STOPPED_INJECTING, 4, 1, true, false",
                "STOPPED_INJECTING, 0, 0, false, false",
                "HOUSING_RESOLVED, 1, 0, true, true",
                "HOUSING_RESOLVED, 1, 1, true, false",
                "HOUSING_RESOLVED, 0, 0, false, false",
                "HOUSING_RESOLVED, -, 0, false, false",
                "IN_PAID_WORK, 0, 1, true, true",
                "IN_PAID_WORK, 0, 0, true, false",
                "IN_PAID_WORK, 3, 10, false, false",
                "PHQ9_RELIABLE_IMPROVEMENT, 10, 4, true, true",
                "PHQ9_RELIABLE_IMPROVEMENT, 10, 5, true, false",
                "PHQ9_RELIABLE_IMPROVEMENT, 9, 0, false, false",
                "PHQ9_RELIABLE_IMPROVEMENT, 27, 21, true, true",
                "GAD7_RELIABLE_IMPROVEMENT, 8, 4, true, true",
                "GAD7_RELIABLE_IMPROVEMENT, 8, 5, true, false",
                "GAD7_RELIABLE_IMPROVEMENT, 7, 0, false, false",
                "GAD7_RELIABLE_IMPROVEMENT, 21, 17, true, true"
            })
    void definitionsAtTheirBoundaries(
            OutcomeMeasure measure, BigDecimal start, BigDecimal review, boolean problem, boolean met) {
        assertThat(measure.hadProblem(start, DEFAULTS)).isEqualTo(problem);
        assertThat(measure.met(start, review, DEFAULTS)).isEqualTo(met);
    }

    @Test
    void thresholdsAreConfiguration() {
        CohortSettings stricter = new CohortSettings(26, 6, 15, 8, 10, 5, 5);
        assertThat(PHQ9_RELIABLE_IMPROVEMENT.hadProblem(new BigDecimal("14"), stricter))
                .isFalse();
        assertThat(PHQ9_RELIABLE_IMPROVEMENT.met(new BigDecimal("15"), new BigDecimal("8"), stricter))
                .isFalse();
        assertThat(PHQ9_RELIABLE_IMPROVEMENT.met(new BigDecimal("15"), new BigDecimal("7"), stricter))
                .isTrue();
        assertThat(GAD7_RELIABLE_IMPROVEMENT.met(new BigDecimal("10"), new BigDecimal("5"), stricter))
                .isTrue();
        assertThat(GAD7_RELIABLE_IMPROVEMENT.problemSql(stricter)).isEqualTo("s_gad7_total >= 10");
        assertThat(GAD7_RELIABLE_IMPROVEMENT.metSql(stricter))
                .isEqualTo("(s_gad7_total >= 10) and s_gad7_total - r_gad7_total >= 5");
    }

    @Test
    void theSixMonthReviewIsTheNearest26WeeksWithinSixWeeksEitherSide() {
        SixMonthReview window = new SixMonthReview(DEFAULTS);
        LocalDate start = LocalDate.of(2026, 1, 5);
        LocalDate target = start.plusWeeks(26);

        assertThat(window.inWindow(start, target.minusWeeks(6))).isTrue();
        assertThat(window.inWindow(start, target.minusWeeks(6).minusDays(1))).isFalse();
        assertThat(window.inWindow(start, target.plusWeeks(6))).isTrue();
        assertThat(window.inWindow(start, target.plusWeeks(6).plusDays(1))).isFalse();
        assertThat(window.choose(start, List.of(target.minusDays(10), target.plusDays(9), target.plusWeeks(5))))
                .contains(target.plusDays(9));
        assertThat(window.choose(start, List.of(target.plusDays(3), target.minusDays(3))))
                .contains(target.minusDays(3));
        assertThat(window.choose(start, List.of(start.plusWeeks(13), target.plusWeeks(7))))
                .isEmpty();
    }

    @Test
    void theWindowIsConfiguration() {
        SixMonthReview narrow = new SixMonthReview(new CohortSettings(26, 2, 10, 6, 8, 4, 5));
        LocalDate start = LocalDate.of(2026, 1, 5);
        assertThat(narrow.inWindow(start, start.plusWeeks(28))).isTrue();
        assertThat(narrow.inWindow(start, start.plusWeeks(28).plusDays(1))).isFalse();
    }
}
