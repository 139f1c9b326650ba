package org.onedoor.contract.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a financial year paid, rule by rule, whichever way it was paid: the lines of twelve approved statements, or
 * the rows of the command line's statement file.
 */
record PaidYear(String source, List<PaidYear.Line> lines) {

    static final YearMonth APRIL = YearMonth.of(2016, 4);

    /** One statement line: its month, rule, quantity (client-months or events), rate and amount paid. */
    record Line(YearMonth month, String rule, BigDecimal quantity, BigDecimal rate, BigDecimal amount) {}

    BigDecimal total(String rule) {
        return sum(of(rule).map(Line::amount));
    }

    /** The amount a rule paid in each month, April to March. */
    List<BigDecimal> months(String rule) {
        List<BigDecimal> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            YearMonth month = APRIL.plusMonths(m);
            months.add(sum(of(rule).filter(line -> line.month().equals(month)).map(Line::amount)));
        }
        return months;
    }

    /** The number of lines, each one payment (an outcome event, a month's clients, an instalment). */
    long payments(String rule) {
        return of(rule).count();
    }

    /** What the lines were worth before any cap: quantity × rate. */
    BigDecimal due(String rule) {
        return sum(of(rule).map(line -> line.quantity().multiply(line.rate()).setScale(2, RoundingMode.HALF_UP)));
    }

    /** The lines taking money back: a year-end reconciliation claw-back. */
    BigDecimal clawedBack(String rule) {
        return sum(of(rule).map(Line::amount).filter(amount -> amount.signum() < 0))
                .negate();
    }

    private Stream<Line> of(String rule) {
        return lines.stream().filter(line -> line.rule().equals(rule));
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
