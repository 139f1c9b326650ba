package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Pounds and pence: rounding, cumulative splitting so a year adds up to the penny, and display. */
public final class Pounds {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pounds() {}

    static BigDecimal round(BigDecimal value, RoundingMode mode) {
        return value.setScale(2, mode);
    }

    /**
     * The differences between consecutive year-to-date figures, each rounded to the penny: the lines add up to the
     * rounded year-to-date total at every month, so no penny is gained or lost over the year.
     */
    static List<BigDecimal> cumulativeDifferences(List<BigDecimal> exactYearToDate, RoundingMode mode) {
        List<BigDecimal> lines = new ArrayList<>();
        BigDecimal previous = ZERO;
        for (BigDecimal exact : exactYearToDate) {
            BigDecimal rounded = round(exact, mode);
            lines.add(rounded.subtract(previous));
            previous = rounded;
        }
        return lines;
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO, BigDecimal::add);
    }

    /** £1,234.56, or −£10,000.00 for a claw-back. */
    public static String format(BigDecimal amount) {
        return (amount.signum() < 0 ? "−£" : "£") + grouped(amount.abs().setScale(2, RoundingMode.HALF_UP));
    }

    /** A rate known only as a decimal: £1,234.56, or all its places (£33.333333) when it is not whole pence. */
    static String rate(BigDecimal rate) {
        BigDecimal plain = rate.stripTrailingZeros();
        if (plain.scale() <= 2) {
            return format(rate);
        }
        return (rate.signum() < 0 ? "−£" : "£") + grouped(places(rate.abs(), 2, 6));
    }

    /** 3,300 or 274.92 (a count or average of clients, without trailing zeros beyond what it needs). */
    static String count(BigDecimal value) {
        return (value.signum() < 0 ? "-" : "") + grouped(places(value.abs(), 0, 2));
    }

    static String count(long value) {
        return count(BigDecimal.valueOf(value));
    }

    /**
     * Rounded half-even to at most {@code max} places and shown with at least {@code min}, as the patterns
     * {@code #,##0.##} and {@code #,##0.00####} of {@link java.text.DecimalFormat} do (which is several times
     * slower to make than a statement line is to compute, and statements have thousands of lines).
     */
    private static BigDecimal places(BigDecimal value, int min, int max) {
        BigDecimal rounded = value.setScale(max, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < min ? rounded.setScale(min) : rounded;
    }

    /** The plain digits of a value that is not negative, with a comma between thousands (UK grouping). */
    private static String grouped(BigDecimal notNegative) {
        String plain = notNegative.toPlainString();
        int point = plain.indexOf('.');
        int whole = point < 0 ? plain.length() : point;
        StringBuilder text = new StringBuilder(plain.length() + whole / 3);
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, whole, plain.length()).toString();
    }

    static String percent(BigDecimal value) {
        return count(value) + "%";
    }
}
