package org.onedoor.assessment.cohort;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One measure in one cohort: how many had the problem at the start and how many met the measure at the 6-month
 * review. A count from 1 up to the small number is suppressed (domain reference 9): {@link #shown} and
 * {@link #percent} then hide both figures, so one cannot be worked out from the other.
 */
public record MeasureCount(OutcomeMeasure measure, int denominator, int numerator, int smallNumber) {

    public boolean suppressed() {
        return small(denominator) || small(numerator);
    }

    private boolean small(int count) {
        return count > 0 && count < smallNumber;
    }

    /** The numerator as shown: null when suppressed. */
    public @Nullable Integer shownNumerator() {
        return suppressed() ? null : numerator;
    }

    public @Nullable Integer shownDenominator() {
        return suppressed() ? null : denominator;
    }

    /** Percentage to one decimal place (half up), or null when suppressed or nobody had the problem. */
    public @Nullable BigDecimal percent() {
        if (suppressed() || denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
