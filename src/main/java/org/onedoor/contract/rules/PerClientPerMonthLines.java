package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.PerClientPerMonth.CapTiming;
import org.onedoor.contract.rules.PerClientPerMonth.RoundingMethod;
import org.onedoor.contract.rules.PerClientPerMonth.StretchShape;

/**
 * The monthly output lines of one year: each month pays the client-months the cap still allows, rounded year to
 * date (or per line), then the year-end lines ({@link OutputYearEnd}).
 */
final class PerClientPerMonthLines {

    private final PerClientPerMonth rule;
    private final YearEvidence year;
    private final Rate rate;
    private final RoundingMode mode;
    private final CapTiming timing;
    private final @Nullable BigDecimal capClientMonths;
    private final @Nullable BigDecimal moneyCap;

    private BigDecimal actualToDate = BigDecimal.ZERO;
    private BigDecimal payableToDate = BigDecimal.ZERO;
    private BigDecimal paid = Pounds.ZERO;

    private PerClientPerMonthLines(PerClientPerMonth rule, YearEvidence year) {
        this.rule = rule;
        this.year = year;
        this.rate = rule.rate();
        this.mode = rule.rounding().mode();
        this.timing = rule.cap() == null
                ? CapTiming.CUMULATIVE_YEAR_TO_DATE
                : rule.cap().timing();
        this.capClientMonths = rule.stretch().shape() == StretchShape.THRESHOLD_BONUS
                ? BigDecimal.valueOf(rule.coreClientMonths())
                : rule.cap() == null ? null : BigDecimal.valueOf(rule.cap().clientMonthsPerYear());
        this.moneyCap = timing == CapTiming.RECONCILE ? null : moneyCap();
    }

    static List<StatementLine> of(PerClientPerMonth rule, YearEvidence year) {
        return new PerClientPerMonthLines(rule, year).lines();
    }

    private List<StatementLine> lines() {
        List<YearMonth> months = year.monthsCoveredBy(rule.period());
        List<StatementLine> lines = new ArrayList<>();
        for (YearMonth month : months) {
            lines.add(month(month, year.clients(month)));
        }
        if (!months.isEmpty()) {
            YearMonth last = months.get(months.size() - 1);
            lines.addAll(new OutputYearEnd(rule, rate, capClientMonths, year.year())
                    .lines(last, actualToDate, payableToDate, paid));
        }
        return lines;
    }

    private StatementLine month(YearMonth month, int clients) {
        BigDecimal count = BigDecimal.valueOf(clients);
        BigDecimal actualBefore = actualToDate;
        actualToDate = actualToDate.add(count);
        BigDecimal payable = payable(count, actualBefore);
        payableToDate = payableToDate.add(payable);
        BigDecimal amount = rule.rounding().method() == RoundingMethod.CUMULATIVE_YEAR_TO_DATE
                ? capped(rate.amount(payableToDate, mode)).subtract(paid)
                : capped(paid.add(rate.amount(payable, mode))).subtract(paid);
        paid = paid.add(amount);
        return new StatementLine(
                month,
                rule.name(),
                describe(month, clients, payable, amount),
                payable,
                rate.decimal(),
                amount,
                List.of(),
                rate.shown());
    }

    private BigDecimal payable(BigDecimal clients, BigDecimal actualBefore) {
        if (capClientMonths == null || timing == CapTiming.RECONCILE) {
            return clients;
        }
        if (timing == CapTiming.MONTHLY) {
            return Pounds.min(clients, perMonthCap());
        }
        return Pounds.min(actualToDate, capClientMonths).subtract(Pounds.min(actualBefore, capClientMonths));
    }

    private BigDecimal perMonthCap() {
        return capClientMonths.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
    }

    private BigDecimal capped(BigDecimal yearToDate) {
        return moneyCap == null ? yearToDate : Pounds.min(yearToDate, moneyCap);
    }

    private @Nullable BigDecimal moneyCap() {
        BigDecimal byClientMonths = capClientMonths != null && rule.rounding().capAfterRounding()
                ? rate.amount(capClientMonths, mode)
                : null;
        BigDecimal stated = rule.cap() == null ? null : rule.cap().amountPerYear();
        if (byClientMonths == null || stated == null) {
            return byClientMonths != null ? byClientMonths : stated;
        }
        return Pounds.min(byClientMonths, stated);
    }

    private String describe(YearMonth month, int clients, BigDecimal payable, BigDecimal amount) {
        StringBuilder text = new StringBuilder(Pounds.count(clients)).append(" clients in treatment");
        if (payable.compareTo(BigDecimal.valueOf(clients)) != 0) {
            text.append(", ").append(Pounds.count(payable)).append(" within the cap");
        }
        text.append(" × ").append(rate.label()).append(" = ").append(Pounds.format(amount));
        text.append("; year to date ").append(Pounds.count(actualToDate)).append(" client-months");
        text.append(capPhrase());
        text.append(", paid ").append(Pounds.format(paid));
        if (rule.rounding().method() == RoundingMethod.CUMULATIVE_YEAR_TO_DATE) {
            text.append(" (rounded year to date)");
        }
        return text.append("; ").append(year.rollingAverage(month)).toString();
    }

    private String capPhrase() {
        if (capClientMonths == null) {
            return ", no cap";
        }
        String what = rule.stretch().shape() == StretchShape.THRESHOLD_BONUS ? " core" : " cap";
        if (timing == CapTiming.MONTHLY) {
            return " (cap " + Pounds.count(perMonthCap()) + " clients a month)";
        }
        String of = " of a " + Pounds.count(capClientMonths) + what;
        return timing == CapTiming.RECONCILE ? of + ", paid on actuals and reconciled at year end" : of;
    }
}
