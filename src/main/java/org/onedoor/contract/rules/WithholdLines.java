package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.contract.rules.QualityWithhold.Release;

/**
 * A quality withhold's lines: each month up to the release month, minus percent × the named rules' amounts that
 * month (rounded year to date); in the release month, one line per indicator (or typed KPI) releasing its share of
 * what was held when it meets its threshold ({@link ReleaseJudgement}).
 */
final class WithholdLines {

    private static final RoundingMode MODE = RoundingMode.HALF_UP;

    private WithholdLines() {}

    static List<StatementLine> of(QualityWithhold rule, YearEvidence year, List<StatementLine> others) {
        YearMonth release = year.year().monthOf(rule.releaseMonth());
        List<YearMonth> months = year.monthsCoveredBy(rule.period()).stream()
                .filter(month -> !month.isAfter(release))
                .toList();
        List<StatementLine> lines = new ArrayList<>();
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal held = Pounds.ZERO;
        for (YearMonth month : months) {
            BigDecimal thisMonth = Pounds.sum(others.stream()
                    .filter(line ->
                            line.month().equals(month) && rule.appliesTo().contains(line.rule()))
                    .map(StatementLine::amount)
                    .toList());
            base = base.add(thisMonth);
            BigDecimal heldToDate = base.multiply(rule.percent()).divide(Pounds.HUNDRED, 2, MODE);
            BigDecimal amount = heldToDate.subtract(held);
            held = heldToDate;
            lines.add(new StatementLine(
                    month,
                    rule.name(),
                    "Withhold " + Pounds.percent(rule.percent()) + " of "
                            + Pounds.format(thisMonth) + " paid this month under " + String.join(", ", rule.appliesTo())
                            + " (rounded year to date); held so far " + Pounds.format(held),
                    thisMonth,
                    rule.percent(),
                    amount.negate(),
                    List.of()));
        }
        if (months.contains(release)) {
            lines.addAll(releases(rule, year, release, held));
        }
        return lines;
    }

    private static List<StatementLine> releases(
            QualityWithhold rule, YearEvidence year, YearMonth month, BigDecimal held) {
        String period = rule.window(year.year()).label();
        List<StatementLine> lines = new ArrayList<>();
        BigDecimal shares = BigDecimal.ZERO;
        BigDecimal allotted = Pounds.ZERO;
        for (Release kpi : rule.kpis()) {
            shares = shares.add(kpi.sharePercent());
            BigDecimal toDate = held.multiply(shares).divide(Pounds.HUNDRED, 2, MODE);
            BigDecimal share = toDate.subtract(allotted);
            allotted = toDate;
            ReleaseJudgement judged = ReleaseJudgement.of(kpi, year, period);
            lines.add(new StatementLine(
                    month,
                    rule.name(),
                    judged.words() + "; " + Pounds.percent(kpi.sharePercent()) + " of the " + Pounds.format(held)
                            + " held = " + Pounds.format(share) + (judged.met() ? " released" : " not released"),
                    BigDecimal.ONE,
                    share,
                    judged.met() ? share : Pounds.ZERO,
                    List.of()));
        }
        return lines;
    }
}
