package org.onedoor.contract.whatif;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The legacy model's figures, which the seed report does not give (A15): entered per contract.
 *
 * @param retainerPerPracticePerYear the annual retainer of one GP practice
 * @param ratePerClientMonth         the legacy payment per patient in treatment per month
 * @param practices                  practices paid a retainer; null to count the practices with any client in
 *                                   treatment in the compared months (as {@code participatingPractices} does)
 */
public record LegacyParameters(
        BigDecimal retainerPerPracticePerYear,
        BigDecimal ratePerClientMonth,
        @Nullable Integer practices) {

    public LegacyParameters {
        if (retainerPerPracticePerYear.signum() < 0 || ratePerClientMonth.signum() < 0) {
            throw new IllegalArgumentException("The legacy retainer and rate cannot be negative");
        }
        if (practices != null && practices < 0) {
            throw new IllegalArgumentException("The number of practices cannot be negative");
        }
    }

    public LegacyParameters withPractices(int count) {
        return new LegacyParameters(retainerPerPracticePerYear, ratePerClientMonth, count);
    }
}
