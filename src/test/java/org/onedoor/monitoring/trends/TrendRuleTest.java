package org.onedoor.monitoring.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 4: a substance is new to the area when this month is its first mention in 24 months, and rising when
 * this month is above the previous 12 months' monthly mean by more than two standard deviations, with at least 3
 * mentions. Months are given most recent first.
 */
class TrendRuleTest {

    private final TrendRule rule = new TrendRule(24, 12, 2.0, 3);

    @Test
    void isNewToTheAreaWhenNothingInThePrevious24Months() {
        assertThat(rule.flag(1, months(24, 0))).isEqualTo(TrendFlag.NEW);
    }

    @Test
    void isNotNewWhenMentionedInTheTwentyFourthMonthBack() {
        List<Long> previous = months(24, 0);
        previous.set(23, 1L);
        assertThat(rule.flag(1, previous)).isEqualTo(TrendFlag.NONE);
    }

    @Test
    void isNewAgainWhenTheLastMentionWas25MonthsAgo() {
        List<Long> previous = months(25, 0);
        previous.set(24, 6L);
        assertThat(rule.flag(2, previous)).isEqualTo(TrendFlag.NEW);
    }

    @Test
    void noMentionThisMonthIsNeverFlagged() {
        assertThat(rule.flag(0, months(24, 0))).isEqualTo(TrendFlag.NONE);
    }

    @Test
    void exactlyTwoStandardDeviationsAboveTheMeanIsNotRising() {
        // six months of 1 and six of 3: mean 2, standard deviation 1, so 4 is exactly two above
        assertThat(rule.flag(4, alternating())).isEqualTo(TrendFlag.NONE);
    }

    @Test
    void moreThanTwoStandardDeviationsAboveTheMeanIsRising() {
        assertThat(rule.flag(5, alternating())).isEqualTo(TrendFlag.RISING);
    }

    @Test
    void exactlyThreeMentionsAboveAFlatBaselineIsRising() {
        List<Long> previous = months(24, 0);
        previous.set(12, 1L); // mentioned 13 months ago, so not new; the last 12 months are all zero
        assertThat(rule.flag(3, previous)).isEqualTo(TrendFlag.RISING);
    }

    @Test
    void twoMentionsAreTooFewToBeRisingHoweverFlatTheBaseline() {
        List<Long> previous = months(24, 0);
        previous.set(12, 1L);
        assertThat(rule.flag(2, previous)).isEqualTo(TrendFlag.NONE);
    }

    @Test
    void aSteadySubstanceIsNotRising() {
        assertThat(rule.flag(10, months(24, 10))).isEqualTo(TrendFlag.NONE);
        assertThat(rule.flag(11, months(24, 10))).isEqualTo(TrendFlag.RISING);
    }

    @Test
    void thresholdsComeFromSettings() {
        TrendRule looser = new TrendRule(6, 12, 1.0, 2);
        assertThat(looser.flag(3, alternating())).isEqualTo(TrendFlag.NONE);
        assertThat(looser.flag(4, alternating())).isEqualTo(TrendFlag.RISING);
        List<Long> quietHalfYear = months(24, 0);
        quietHalfYear.set(6, 1L);
        assertThat(looser.flag(1, quietHalfYear)).isEqualTo(TrendFlag.NEW);
    }

    @Test
    void meanAndDeviationOfTheBaselineAreShown() {
        TrendRule.Baseline baseline = rule.baseline(alternating());
        assertThat(baseline.mean()).isEqualTo(2.0);
        assertThat(baseline.standardDeviation()).isEqualTo(1.0);
    }

    private static List<Long> alternating() {
        List<Long> previous = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            previous.add(i % 2 == 0 ? 1L : 3L);
        }
        previous.addAll(months(12, 2));
        return previous;
    }

    private static List<Long> months(int count, long each) {
        return new ArrayList<>(Collections.nCopies(count, each));
    }
}
