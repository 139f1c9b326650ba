package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Pounds and pence: rounding, cumulative splitting so a year adds up to the penny, and display. */
public final class Pounds {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pounds() {
    }

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
        String digits = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK))
                .format(amount.abs().setScale(2, RoundingMode.HALF_UP));
        return (amount.signum() < 0 ? "−£" : "£") + digits;
    }

    /** A rate known only as a decimal: £1,234.56, or all its places (£33.333333) when it is not whole pence. */
    static String rate(BigDecimal rate) {
        BigDecimal plain = rate.stripTrailingZeros();
        if (plain.scale() <= 2) {
            return format(rate);
        }
        String digits = new DecimalFormat("#,##0.00####", DecimalFormatSymbols.getInstance(Locale.UK))
                .format(rate.abs());
        return (rate.signum() < 0 ? "−£" : "£") + digits;
    }

    /** 3,300 or 274.92 (a count or average of clients, without trailing zeros beyond what it needs). */
    static String count(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }

    static String count(long value) {
        return count(BigDecimal.valueOf(value));
    }

    static String percent(BigDecimal value) {
        return count(value) + "%";
    }
}
