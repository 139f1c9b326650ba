package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The legacy model (to March 2016, A15): a retainer per participating GP practice per year, plus a legacy rate per
 * patient in treatment per month, so {@code legacy = retainer × practices + legacyRate × clientMonths}. Kept to
 * compare a proposed model with what the old one would have paid.
 *
 * @param legacyRatePerClientMonth zero when the retainer is paid alone
 */
public record Retainer(
        String name,
        EffectivePeriod period,
        BigDecimal amountPerPracticePerYear,
        int practices,
        Frequency frequency,
        BigDecimal legacyRatePerClientMonth)
        implements PaymentRule {

    /** When the retainer is paid. */
    public enum Frequency {
        /** A twelfth each month, rounded cumulatively. */
        MONTHLY,
        /** The whole year's retainer in the first month of the year the rule covers. */
        ANNUALLY
    }

    /** The retainer part of one year: amount × practices. */
    public BigDecimal annualRetainer() {
        return amountPerPracticePerYear.multiply(BigDecimal.valueOf(practices));
    }

    @Override
    public Optional<BigDecimal> maximumAnnualPayment() {
        return legacyRatePerClientMonth.signum() == 0
                ? Optional.of(annualRetainer().setScale(2, java.math.RoundingMode.HALF_UP))
                : Optional.empty();
    }

    @Override
    public String kind() {
        return "RETAINER";
    }
}
