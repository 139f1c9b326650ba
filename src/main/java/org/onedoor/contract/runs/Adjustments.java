package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.onedoor.contract.rules.StatementLine;

/**
 * Adjustment lines (domain reference A13: true up in the next payment, with both figures shown): for an earlier,
 * approved month, each rule's total recomputed from the new snapshot against what approved statements paid for that
 * month so far (its own lines and earlier adjustments). A difference becomes one line in the month being run; its
 * evidence is the keys that appear on one side only. Equal figures give no line.
 */
final class Adjustments {

    private Adjustments() {}

    static List<PaymentLine> of(
            YearMonth paidIn, YearMonth forMonth, List<StatementLine> recomputed, List<PaymentLine> paid) {
        Set<String> rules = new LinkedHashSet<>();
        recomputed.forEach(line -> rules.add(line.rule()));
        paid.forEach(line -> rules.add(line.rule()));
        List<PaymentLine> adjustments = new ArrayList<>();
        for (String rule : rules) {
            List<StatementLine> now =
                    recomputed.stream().filter(line -> line.rule().equals(rule)).toList();
            List<PaymentLine> before =
                    paid.stream().filter(line -> line.rule().equals(rule)).toList();
            BigDecimal nowTotal = now.stream().map(StatementLine::amount).reduce(zero(), BigDecimal::add);
            BigDecimal beforeTotal = before.stream().map(PaymentLine::amount).reduce(zero(), BigDecimal::add);
            BigDecimal difference = nowTotal.subtract(beforeTotal);
            if (difference.signum() == 0) {
                continue;
            }
            Set<String> keysNow = new TreeSet<>();
            now.forEach(line -> keysNow.addAll(line.evidence()));
            Set<String> keysBefore = new TreeSet<>();
            before.forEach(line -> keysBefore.addAll(line.evidence()));
            Set<String> changed = new TreeSet<>(keysNow);
            changed.addAll(keysBefore);
            Set<String> common = new TreeSet<>(keysNow);
            common.retainAll(keysBefore);
            changed.removeAll(common);
            adjustments.add(new PaymentLine(
                    paidIn,
                    forMonth,
                    PaymentLine.Kind.ADJUSTMENT,
                    rule,
                    "Adjustment for " + forMonth + ": " + rule.toLowerCase(Locale.UK) + " recomputed "
                            + pounds(nowTotal) + ", approved " + pounds(beforeTotal) + ", difference "
                            + pounds(difference),
                    BigDecimal.ONE,
                    difference,
                    difference,
                    List.copyOf(changed)));
        }
        return adjustments;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    static String pounds(BigDecimal amount) {
        return (amount.signum() < 0 ? "-" : "") + String.format(Locale.UK, "£%,.2f", amount.abs());
    }
}
