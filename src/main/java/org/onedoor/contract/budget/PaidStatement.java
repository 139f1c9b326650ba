package org.onedoor.contract.budget;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What one approved monthly payment statement paid, as the budget needs it; the payment runs provide one per month
 * (see {@link PaidStatements#of} to derive them from the engine's statement).
 *
 * @param total       every line of the month, output, outcome, block and withhold alike, in pounds and pence
 * @param fromReserve the part of {@code total} that is stage-2 payments for completions discharged in an earlier
 *                    financial year, which the reserve of that year funds (11.7)
 */
public record PaidStatement(YearMonth month, BigDecimal total, BigDecimal fromReserve) {

    public PaidStatement {
        if (total.scale() != 2 || fromReserve.scale() != 2) {
            throw new IllegalArgumentException(
                    "A statement total is in pounds and pence: " + total + ", " + fromReserve);
        }
    }
}
