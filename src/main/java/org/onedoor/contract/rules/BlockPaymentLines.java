package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.contract.rules.BlockPayment.InstalmentRounding;

/** The instalments of a block payment in one year: the k-th instalment of the months the rule covers. */
final class BlockPaymentLines {

    private static final RoundingMode MODE = RoundingMode.HALF_UP;

    private BlockPaymentLines() {}

    static List<StatementLine> of(BlockPayment rule, YearEvidence year) {
        List<YearMonth> months = year.monthsCoveredBy(rule.period());
        int count = Math.min(months.size(), rule.instalments());
        Rate instalment = new Rate(rule.annualAmount(), BigDecimal.valueOf(rule.instalments()));
        List<BigDecimal> amounts = amounts(rule, instalment, count);
        List<StatementLine> lines = new ArrayList<>();
        BigDecimal paid = Pounds.ZERO;
        for (int i = 0; i < count; i++) {
            paid = paid.add(amounts.get(i));
            String description = "Instalment " + (i + 1) + " of " + rule.instalments() + " of "
                    + Pounds.format(rule.annualAmount()) + " a year (" + instalment.label() + " each, "
                    + explain(rule.rounding()) + "); year to date " + Pounds.format(paid);
            lines.add(new StatementLine(
                    months.get(i),
                    rule.name(),
                    description,
                    BigDecimal.ONE,
                    instalment.decimal(),
                    amounts.get(i),
                    List.of(),
                    instalment.shown()));
        }
        return lines;
    }

    private static List<BigDecimal> amounts(BlockPayment rule, Rate instalment, int count) {
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal each = instalment.amount(1, MODE);
        if (rule.rounding() == InstalmentRounding.CUMULATIVE) {
            List<BigDecimal> yearToDate = new ArrayList<>();
            for (int k = 1; k <= count; k++) {
                yearToDate.add(rule.annualAmount()
                        .multiply(BigDecimal.valueOf(k))
                        .divide(BigDecimal.valueOf(rule.instalments()), 10, MODE));
            }
            return Pounds.cumulativeDifferences(yearToDate, MODE);
        }
        for (int k = 1; k <= count; k++) {
            boolean last = k == rule.instalments();
            amounts.add(
                    last && rule.rounding() == InstalmentRounding.FINAL_INSTALMENT_REMAINDER
                            ? rule.annualAmount().setScale(2, MODE).subtract(each.multiply(BigDecimal.valueOf(k - 1)))
                            : each);
        }
        return amounts;
    }

    private static String explain(InstalmentRounding rounding) {
        if (rounding == InstalmentRounding.CUMULATIVE) {
            return "rounded year to date";
        }
        return rounding == InstalmentRounding.FINAL_INSTALMENT_REMAINDER
                ? "the last takes the remainder"
                : "each rounded";
    }
}
