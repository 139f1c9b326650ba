package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import org.onedoor.contract.rules.StatementLine;

/**
 * One stored line of a payment statement. {@code month} is the month it is paid in; {@code forMonth} the month its
 * figures are for: the same for a payment, an earlier month of the financial year for an adjustment. Quantity and
 * rate are kept to six decimals (an exact rate of £33⅓ is 33.333333), the amount in pounds and pence; evidence keys
 * are pseudonymous. {@code rateText} is the rate as the statement page shows it ({@link StatementLine#rateText()}).
 */
public record PaymentLine(
        YearMonth month,
        YearMonth forMonth,
        Kind kind,
        String rule,
        String description,
        BigDecimal quantity,
        BigDecimal rate,
        BigDecimal amount,
        List<String> evidence,
        String rateText) {

    public enum Kind {
        PAYMENT,
        ADJUSTMENT
    }

    public PaymentLine {
        evidence = List.copyOf(evidence);
        quantity = quantity.setScale(6, RoundingMode.HALF_UP);
        rate = rate.setScale(6, RoundingMode.HALF_UP);
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A line whose rate is shown as its decimal (an adjustment, or a line stored before rates were shown). */
    PaymentLine(
            YearMonth month,
            YearMonth forMonth,
            Kind kind,
            String rule,
            String description,
            BigDecimal quantity,
            BigDecimal rate,
            BigDecimal amount,
            List<String> evidence) {
        this(month, forMonth, kind, rule, description, quantity, rate, amount, evidence, StatementLine.rateText(rate));
    }

    static PaymentLine payment(StatementLine line) {
        return new PaymentLine(
                line.month(),
                line.month(),
                Kind.PAYMENT,
                line.rule(),
                line.description(),
                line.quantity(),
                line.rate(),
                line.amount(),
                line.evidence(),
                line.rateText());
    }
}
