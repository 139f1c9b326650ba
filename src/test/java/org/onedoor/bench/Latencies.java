package org.onedoor.bench;

import java.util.Arrays;

/**
 * Latencies in nanoseconds, summarised in milliseconds for the benchmark reports, and the benchmarks' one timing
 * loop ({@link #time}).
 */
final class Latencies {

    /** One timed call: a page fetched or a module API called. */
    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    private final long[] sorted;

    Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(this.sorted);
    }

    /** Makes {@code warmUps} untimed calls, then times {@code count} calls one after another. */
    static Latencies time(int warmUps, int count, Call call) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            call.run();
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - t;
        }
        return new Latencies(nanos);
    }

    /** The report's line for these latencies: what was timed, padded to {@code width}, the count and the figures. */
    String line(String what, int width) {
        return String.format(
                "%-" + width + "s x%d: median %s, p95 %s, max %s%n",
                what,
                count(),
                millis(percentileMillis(50)),
                millis(percentileMillis(95)),
                millis(maxMillis()));
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
