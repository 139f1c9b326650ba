package org.onedoor.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The 95% Wilson score interval of a proportion, as percentages to one decimal place: centre
 * {@code (p + z²/2n) / (1 + z²/n)}, half-width {@code z·√(p(1−p)/n + z²/4n²) / (1 + z²/n)}, z = 1.96. Decimal
 * arithmetic throughout, so a figure is the same on every machine.
 */
final class WilsonInterval {

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal Z = new BigDecimal("1.96");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private WilsonInterval() {}

    /** {lower, upper} in percent for {@code numerator} of {@code denominator} (greater than 0). */
    static BigDecimal[] of(long numerator, long denominator) {
        BigDecimal n = BigDecimal.valueOf(denominator);
        BigDecimal p = BigDecimal.valueOf(numerator).divide(n, MATH);
        BigDecimal z2 = Z.multiply(Z);
        BigDecimal scale = BigDecimal.ONE.add(z2.divide(n, MATH));
        BigDecimal centre = p.add(z2.divide(n.multiply(BigDecimal.valueOf(2)), MATH));
        BigDecimal spread = p.multiply(BigDecimal.ONE.subtract(p))
                .divide(n, MATH)
                .add(z2.divide(n.multiply(n).multiply(BigDecimal.valueOf(4)), MATH))
                .sqrt(MATH)
                .multiply(Z);
        return new BigDecimal[] {
            percent(centre.subtract(spread).divide(scale, MATH)),
            percent(centre.add(spread).divide(scale, MATH))
        };
    }

    static BigDecimal percent(long numerator, long denominator) {
        return percent(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MATH));
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.multiply(HUNDRED).max(BigDecimal.ZERO).min(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }
}
