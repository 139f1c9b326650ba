package org.onedoor.contract.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One month of a budget year as the payment runs have it: approved (paid), run but not yet approved (a draft, not
 * counted as paid), or not run.
 *
 * @param statementId the month's statement, when it has been run
 * @param amount      the statement's total (paid when approved, proposed when a draft); null when not run
 */
public record BudgetMonth(
        YearMonth month,
        State state,
        @Nullable UUID statementId,
        @Nullable BigDecimal amount) {

    public enum State {
        APPROVED,
        DRAFT,
        NOT_RUN
    }

    /** What the month counts as paid: its total once approved, otherwise nothing. */
    public BigDecimal paid() {
        return state == State.APPROVED && amount != null ? amount : BigDecimal.ZERO.setScale(2);
    }
}
