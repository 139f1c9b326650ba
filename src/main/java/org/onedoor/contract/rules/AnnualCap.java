package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.PaymentByOutcomes.CapMode;

/**
 * A money cap on one rule's payments in one financial year, taken in the order the caller pays (A11): with
 * {@link CapMode#MONEY_PARTIAL} the payment that crosses it is paid what is left; with
 * {@link CapMode#WHOLE_PAYMENTS_ONLY} it and every later one of the year are unpaid.
 */
final class AnnualCap {

    private final @Nullable BigDecimal cap;
    private final CapMode mode;
    private BigDecimal paid = Pounds.ZERO;
    private boolean stopped;

    AnnualCap(@Nullable BigDecimal cap, CapMode mode) {
        this.cap = cap == null ? null : cap.setScale(2, RoundingMode.HALF_UP);
        this.mode = mode;
    }

    /** What is paid of {@code due}, counted towards the cap. */
    BigDecimal pay(BigDecimal due) {
        BigDecimal amount;
        if (cap == null) {
            amount = due;
        } else if (mode == CapMode.MONEY_PARTIAL) {
            amount = Pounds.min(due, Pounds.max(Pounds.ZERO, cap.subtract(paid)));
        } else {
            stopped = stopped || due.compareTo(Pounds.max(Pounds.ZERO, cap.subtract(paid))) > 0;
            amount = stopped ? Pounds.ZERO : due;
        }
        paid = paid.add(amount);
        return amount;
    }

    BigDecimal paid() {
        return paid;
    }
}
