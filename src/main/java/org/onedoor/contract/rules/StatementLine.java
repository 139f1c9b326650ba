package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One line of a payment statement: which rule paid how much in which month, the arithmetic in words, and the
 * pseudonymous client and episode keys behind it (outcome lines). Amounts are pounds at scale 2; a claw-back or a
 * withhold is negative.
 *
 * @param rateText the rate as the statement page shows it: "£9,710.42 (exactly £116,525.00 ÷ 12)" for a rate
 *                 that is not whole pence (the {@code rate} column of the CSV is the decimal)
 */
public record StatementLine(
        YearMonth month,
        String rule,
        String description,
        BigDecimal quantity,
        BigDecimal rate,
        BigDecimal amount,
        List<String> evidence,
        String rateText) {

    public StatementLine {
        evidence = List.copyOf(evidence);
        if (amount.scale() != 2) {
            throw new IllegalArgumentException("A statement amount is in pounds and pence: " + amount);
        }
    }

    /** A line whose rate is shown as its decimal, in pounds with thousands separators. */
    public StatementLine(
            YearMonth month,
            String rule,
            String description,
            BigDecimal quantity,
            BigDecimal rate,
            BigDecimal amount,
            List<String> evidence) {
        this(month, rule, description, quantity, rate, amount, evidence, rateText(rate));
    }

    /** £1,234.56, or all the places of a rate that is not whole pence (£33.333333). */
    public static String rateText(BigDecimal rate) {
        return Pounds.rate(rate);
    }
}
