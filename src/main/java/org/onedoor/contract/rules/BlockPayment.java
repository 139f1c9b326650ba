package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A fixed annual amount paid in monthly instalments whatever the activity (the CCG's staffing and admin
 * contribution). The instalments add up to the annual amount to the penny.
 *
 * @param instalments how many monthly instalments, from the first month of the year the rule covers (12 = monthly)
 */
public record BlockPayment(
        String name, EffectivePeriod period, BigDecimal annualAmount, int instalments, InstalmentRounding rounding)
        implements PaymentRule {

    /** How a year that does not divide into whole pence is spread over the instalments. */
    public enum InstalmentRounding {
        /** Round the year to date and pay the difference: 9,710.42, 9,710.41, 9,710.42 … = the annual amount. */
        CUMULATIVE,
        /** Equal rounded instalments, the last one takes the remainder: 11 × 9,710.42 + 9,710.38. */
        FINAL_INSTALMENT_REMAINDER,
        /** Every instalment rounded on its own: the year may miss by pennies (12 × 9,710.42 = 116,525.04). */
        EACH_INSTALMENT
    }

    public static BlockPayment monthly(String name, EffectivePeriod period, BigDecimal annualAmount) {
        return new BlockPayment(name, period, annualAmount, 12, InstalmentRounding.CUMULATIVE);
    }

    public BlockPayment withRounding(InstalmentRounding rounding) {
        return new BlockPayment(name, period, annualAmount, instalments, rounding);
    }

    @Override
    public Optional<BigDecimal> maximumAnnualPayment() {
        return Optional.of(
                rounding == InstalmentRounding.EACH_INSTALMENT && instalments > 0
                        ? annualAmount
                                .divide(BigDecimal.valueOf(instalments), 2, java.math.RoundingMode.HALF_UP)
                                .multiply(BigDecimal.valueOf(instalments))
                        : annualAmount.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Override
    public String kind() {
        return "BLOCK";
    }
}
