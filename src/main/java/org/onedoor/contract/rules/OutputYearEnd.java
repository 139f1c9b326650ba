package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.PerClientPerMonth.BelowCoreRule;
import org.onedoor.contract.rules.PerClientPerMonth.CapTiming;
import org.onedoor.contract.rules.PerClientPerMonth.StretchShape;

/**
 * The output rule's year-end lines, in the last month it covers: the threshold bonus (A1 T) and the annual
 * reconciliation, which claws back what a pay-then-reconcile cap paid over (A2) or tops the year up to a collar (A5).
 */
final class OutputYearEnd {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final PerClientPerMonth rule;
    private final Rate rate;
    private final RoundingMode mode;
    private final @Nullable BigDecimal capClientMonths;
    private final FinancialYear year;

    OutputYearEnd(PerClientPerMonth rule, Rate rate, @Nullable BigDecimal capClientMonths, FinancialYear year) {
        this.rule = rule;
        this.rate = rate;
        this.mode = rule.rounding().mode();
        this.capClientMonths = capClientMonths;
        this.year = year;
    }

    List<StatementLine> lines(YearMonth month, BigDecimal clientMonths, BigDecimal payable, BigDecimal paid) {
        List<StatementLine> lines = new ArrayList<>();
        String average = Pounds.count(clientMonths.divide(TWELVE, 2, RoundingMode.HALF_UP));
        if (rule.stretch().shape() == StretchShape.THRESHOLD_BONUS) {
            lines.add(bonus(month, clientMonths, average));
        }
        lines.add(reconciliation(month, clientMonths, payable, paid, average));
        return lines;
    }

    private StatementLine bonus(YearMonth month, BigDecimal clientMonths, String average) {
        int stretch = rule.stretch().averageClients();
        boolean reached = clientMonths.compareTo(BigDecimal.valueOf(stretch * 12L)) >= 0;
        BigDecimal amount = reached ? rule.thresholdBonus() : Pounds.ZERO;
        String description = "Stretch bonus " + Pounds.percent(rule.stretch().upliftPercent()) + " of "
                + Pounds.format(rule.coreAnnualValue()) + " = " + Pounds.format(rule.thresholdBonus())
                + " if the year's average reaches " + stretch + " clients: " + year + " average " + average
                + " (" + Pounds.count(clientMonths) + " client-months) "
                + (reached ? "reaches it, paid " : "is below it, not paid ") + Pounds.format(amount);
        return new StatementLine(
                month, rule.name(), description, BigDecimal.ONE, rule.thresholdBonus(), amount, List.of());
    }

    private StatementLine reconciliation(
            YearMonth month, BigDecimal clientMonths, BigDecimal payable, BigDecimal paid, String average) {
        boolean reconcile = rule.cap() != null && rule.cap().timing() == CapTiming.RECONCILE;
        BigDecimal dueClientMonths =
                reconcile && capClientMonths != null ? Pounds.min(clientMonths, capClientMonths) : payable;
        BigDecimal due = reconcile ? capped(rate.amount(dueClientMonths, mode)) : paid;
        StringBuilder text = new StringBuilder("Annual reconciliation ")
                .append(year)
                .append(": ")
                .append(Pounds.count(clientMonths))
                .append(" client-months (average ")
                .append(average)
                .append(" a month), ")
                .append(Pounds.count(dueClientMonths))
                .append(" payable");
        if (capClientMonths != null) {
            text.append(" within ").append(Pounds.count(capClientMonths));
        }
        text.append(": due ").append(Pounds.format(due));
        BigDecimal collar = rule.belowCore().collarPerYear();
        if (rule.belowCore().rule() == BelowCoreRule.COLLAR && collar != null && due.compareTo(collar) < 0) {
            due = collar.setScale(2, mode);
            text.append(", raised to the collar of ").append(Pounds.format(due));
        }
        BigDecimal amount = due.subtract(paid);
        text.append("; paid ").append(Pounds.format(paid)).append(" in the months: ");
        text.append(
                amount.signum() < 0
                        ? "claw back " + Pounds.format(amount.negate())
                        : amount.signum() > 0 ? "top up " + Pounds.format(amount) : "nothing to reconcile");
        return new StatementLine(
                month, rule.name(), text.toString(), dueClientMonths, rate.decimal(), amount, List.of(), rate.shown());
    }

    private BigDecimal capped(BigDecimal due) {
        BigDecimal stated = rule.cap() == null ? null : rule.cap().amountPerYear();
        return stated == null ? due : Pounds.min(due, stated.setScale(2, mode));
    }
}
