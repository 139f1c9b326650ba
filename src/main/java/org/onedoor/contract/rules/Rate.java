package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A price per unit kept as an exact fraction (£100,000 / 3,000 client-months is £33⅓, which no decimal holds), so
 * that an amount is computed as quantity × numerator / denominator and rounded only once.
 */
record Rate(BigDecimal numerator, BigDecimal denominator) {

    static Rate of(BigDecimal pounds) {
        return new Rate(pounds, BigDecimal.ONE);
    }

    /** quantity × rate, rounded to the penny once. */
    BigDecimal amount(BigDecimal quantity, RoundingMode mode) {
        return quantity.multiply(numerator).divide(denominator, 2, mode);
    }

    BigDecimal amount(long quantity, RoundingMode mode) {
        return amount(BigDecimal.valueOf(quantity), mode);
    }

    /** The rate as a decimal for the statement line: exact when it terminates within 6 places, else to 6 places. */
    BigDecimal decimal() {
        BigDecimal six = numerator.divide(denominator, 6, RoundingMode.HALF_UP);
        boolean exact = six.multiply(denominator).compareTo(numerator) == 0;
        BigDecimal shown = exact ? six.stripTrailingZeros() : six;
        return shown.scale() < 2 ? shown.setScale(2) : shown;
    }

    /**
     * The rate for the statement's rate column: £9,710.00 when it is whole pence, else to the penny with the exact
     * fraction beside it, "£33.33 (exactly £100,000.00 ÷ 3,000)".
     */
    String shown() {
        BigDecimal pence = numerator.multiply(Pounds.HUNDRED);
        if (pence.remainder(denominator).signum() == 0) {
            return Pounds.format(numerator.divide(denominator, 2, RoundingMode.UNNECESSARY));
        }
        return Pounds.format(numerator.divide(denominator, 2, RoundingMode.HALF_UP)) + " (exactly "
                + Pounds.format(numerator) + " ÷ " + Pounds.count(denominator) + ")";
    }

    /** £33.33⅓ for a third of a penny, £33.33 when it is whole pence, else £33.333333… to 6 places. */
    String label() {
        BigDecimal pence = numerator.multiply(Pounds.HUNDRED);
        BigDecimal wholePence = pence.divide(denominator, 0, RoundingMode.DOWN);
        BigDecimal remainder = pence.subtract(wholePence.multiply(denominator));
        String whole = Pounds.format(wholePence.movePointLeft(2));
        if (remainder.signum() == 0) {
            return whole;
        }
        String fraction = vulgar(remainder, denominator);
        return fraction == null ? "£" + decimal().toPlainString() + "…" : whole + fraction;
    }

    private static @Nullable String vulgar(BigDecimal remainder, BigDecimal denominator) {
        String[][] fractions = {{"1", "3", "⅓"}, {"2", "3", "⅔"}, {"1", "2", "½"}, {"1", "4", "¼"}, {"3", "4", "¾"}};
        for (String[] f : fractions) {
            if (remainder.multiply(new BigDecimal(f[1])).compareTo(denominator.multiply(new BigDecimal(f[0]))) == 0) {
                return f[2];
            }
        }
        return null;
    }
}
