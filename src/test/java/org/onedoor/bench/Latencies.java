package org.onedoor.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, summarised in milliseconds for the benchmark reports. */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(this.sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile, in milliseconds. */
    double percentileMillis(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    double maxMillis() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1_000_000.0;
    }

    static String millis(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", value);
    }

    static int intProperty(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    }
}
