package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

/** Every statement line of one financial year, in month order and, within a month, in the contract's rule order. */
public record YearStatement(String contract, FinancialYear year, List<StatementLine> lines) {

    public YearStatement {
        lines = List.copyOf(lines);
    }

    /** The monthly statement: the lines of one month. */
    public List<StatementLine> linesIn(YearMonth month) {
        return select(line -> line.month().equals(month));
    }

    public List<StatementLine> linesOf(String rule) {
        return select(line -> line.rule().equals(rule));
    }

    public BigDecimal total() {
        return sum(lines);
    }

    public BigDecimal totalOf(String rule) {
        return sum(linesOf(rule));
    }

    public BigDecimal totalIn(YearMonth month) {
        return sum(linesIn(month));
    }

    /** The amounts one rule paid month by month, April to March (£0.00 in a month it paid nothing). */
    public List<BigDecimal> monthlyTotalsOf(String rule) {
        return year.months().stream()
                .map(month -> sum(
                        select(line -> line.rule().equals(rule) && line.month().equals(month))))
                .toList();
    }

    /**
     * What a rule earned but did not pay: quantity × rate − amount over its lines. Exact for whole-penny rates (the
     * outcome payments: the events the cap cut); for a rate like £33⅓ it is approximate.
     */
    public BigDecimal unpaidOf(String rule) {
        return sum(linesOf(rule).stream()
                .map(line -> line.quantity()
                        .multiply(line.rate())
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .subtract(line.amount()))
                .toList());
    }

    private List<StatementLine> select(Predicate<StatementLine> which) {
        return lines.stream().filter(which).toList();
    }

    private static BigDecimal sum(List<?> items) {
        return Pounds.sum(items.stream()
                .map(item -> item instanceof StatementLine line ? line.amount() : (BigDecimal) item)
                .toList());
    }
}
