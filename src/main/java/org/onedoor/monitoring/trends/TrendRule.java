package org.onedoor.monitoring.trends;

import java.util.List;

/**
 * The emerging-trend rule (issue 18 item 4). A substance is <b>new to the area</b> when it is mentioned this month
 * and in none of the {@code lookBackMonths} before; it is <b>rising</b> when this month's mentions are at least
 * {@code risingMinimum} and exceed the mean of the {@code baselineMonths} before by more than {@code deviations}
 * standard deviations. The standard deviation is the population one over the baseline months (they are the whole
 * baseline, not a sample of it). New wins over rising. Compared without rounding: squared, in whole numbers.
 */
record TrendRule(int lookBackMonths, int baselineMonths, double deviations, int risingMinimum) {

    TrendRule {
        if (lookBackMonths < 1 || baselineMonths < 2 || deviations < 0 || risingMinimum < 1) {
            throw new IllegalArgumentException("Trend thresholds out of range");
        }
    }

    static TrendRule of(TrendSettings settings) {
        return new TrendRule(
                settings.newAfterMonths(),
                settings.baselineMonths(),
                settings.risingDeviations(),
                settings.risingMinimum());
    }

    /** The months before {@code thisMonth} are given most recent first; missing months count as none. */
    TrendFlag flag(long thisMonth, List<Long> previous) {
        if (thisMonth <= 0) {
            return TrendFlag.NONE;
        }
        if (sum(previous, lookBackMonths) == 0) {
            return TrendFlag.NEW;
        }
        return rising(thisMonth, previous) ? TrendFlag.RISING : TrendFlag.NONE;
    }

    private boolean rising(long thisMonth, List<Long> previous) {
        if (thisMonth < risingMinimum) {
            return false;
        }
        long n = baselineMonths;
        long sum = sum(previous, baselineMonths);
        long squares = 0;
        for (int i = 0; i < baselineMonths; i++) {
            long month = i < previous.size() ? previous.get(i) : 0;
            squares += month * month;
        }
        long above = n * thisMonth - sum; // n × (this month − mean)
        if (above <= 0) {
            return false;
        }
        long spread = n * squares - sum * sum; // n² × variance
        return (double) above * above > deviations * deviations * spread;
    }

    /** The baseline's monthly mean and standard deviation, as the page shows them beside a flag. */
    Baseline baseline(List<Long> previous) {
        double mean = (double) sum(previous, baselineMonths) / baselineMonths;
        double squares = 0;
        for (int i = 0; i < baselineMonths; i++) {
            double month = i < previous.size() ? previous.get(i) : 0;
            squares += (month - mean) * (month - mean);
        }
        return new Baseline(mean, Math.sqrt(squares / baselineMonths));
    }

    record Baseline(double mean, double standardDeviation) {}

    private static long sum(List<Long> months, int count) {
        long sum = 0;
        for (int i = 0; i < Math.min(count, months.size()); i++) {
            sum += months.get(i);
        }
        return sum;
    }
}
