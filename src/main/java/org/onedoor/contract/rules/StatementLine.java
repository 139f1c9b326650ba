package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One line of a payment statement: which rule paid how much in which month, the arithmetic in words, and the
 * pseudonymous client and episode keys behind it (outcome lines). Amounts are pounds at scale 2; a claw-back or a
 * withhold is negative.
 */
public record StatementLine(YearMonth month, String rule, String description, BigDecimal quantity, BigDecimal rate,
        BigDecimal amount, List<String> evidence) {

    public StatementLine {
        evidence = List.copyOf(evidence);
        if (amount.scale() != 2) {
            throw new IllegalArgumentException("A statement amount is in pounds and pence: " + amount);
        }
    }
}
