package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a chart: from a round number at or below the smallest value (zero unless something is
 * negative) to one at or above the largest, in 3 to 6 steps of 1, 2 or 5 × a power of ten (£0, £20,000, £40,000 …).
 * All zero, or nothing at all, is an axis from £0 to £1 with one tick at £0, so nothing divides by zero.
 */
record AxisScale(BigDecimal bottom, BigDecimal top, BigDecimal step, boolean empty) {

    private static final int[] NICE = {1, 2, 5, 10};

    static AxisScale of(BigDecimal smallest, BigDecimal largest) {
        BigDecimal low = smallest.min(BigDecimal.ZERO);
        BigDecimal high = largest.max(BigDecimal.ZERO);
        BigDecimal range = high.subtract(low);
        if (range.signum() == 0) {
            return new AxisScale(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, true);
        }
        BigDecimal step = niceStep(range.divide(BigDecimal.valueOf(5), 10, RoundingMode.HALF_UP));
        BigDecimal bottom = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal top = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new AxisScale(bottom, top, step, false);
    }

    /** The smallest 1, 2 or 5 × 10ⁿ at least {@code rough}. */
    static BigDecimal niceStep(BigDecimal rough) {
        int exponent = rough.precision() - rough.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (int nice : NICE) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(nice));
            if (candidate.compareTo(rough) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("No step for " + rough);
    }

    /** The tick values from bottom to top; just zero for an empty axis. */
    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        if (empty) {
            ticks.add(BigDecimal.ZERO);
            return ticks;
        }
        for (BigDecimal tick = bottom; tick.compareTo(top) <= 0; tick = tick.add(step)) {
            ticks.add(tick);
        }
        return ticks;
    }

    /** Where {@code value} falls between bottom (0) and top (1). */
    double fraction(BigDecimal value) {
        return value.subtract(bottom).doubleValue() / top.subtract(bottom).doubleValue();
    }
}
