package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onedoor.contract.evidence.MeasureEvent;

/**
 * The lines of one outcome-measure payment rule in one year: the first time the evidence shows each client meeting
 * the measure in an episode, in the order the evidence shows them (then client and episode key, so every run agrees),
 * one line each, paid until the annual cap. A client met again in the same episode is not paid again.
 */
final class MeasureLines {

    static final Comparator<MeasureEvent> SHOWN_ORDER = Comparator.comparing(MeasureEvent::evidenceShown)
            .thenComparing(MeasureEvent::clientKey)
            .thenComparing(MeasureEvent::episodeKey);

    private MeasureLines() {}

    static List<StatementLine> of(OutcomeMeasurePayment rule, YearEvidence year) {
        Map<String, MeasureEvent> first = new LinkedHashMap<>();
        year.measures().stream()
                .filter(event -> event.measure().equals(rule.measure().name()))
                .sorted(SHOWN_ORDER)
                .forEach(event -> first.putIfAbsent(event.clientKey() + "|" + event.episodeKey(), event));
        AnnualCap cap = new AnnualCap(rule.annualCap(), rule.capMode());
        BigDecimal due = rule.amount().setScale(2, RoundingMode.HALF_UP);
        List<StatementLine> lines = new ArrayList<>();
        for (MeasureEvent event : first.values()) {
            YearMonth month = YearMonth.from(event.evidenceShown());
            if (year.year().contains(month) && rule.period().covers(month)) {
                BigDecimal amount = cap.pay(due);
                lines.add(new StatementLine(
                        month,
                        rule.name(),
                        text(rule, event, due, amount, cap),
                        BigDecimal.ONE,
                        due,
                        amount,
                        List.of(event.clientKey(), event.episodeKey())));
            }
        }
        return lines;
    }

    private static String text(
            OutcomeMeasurePayment rule, MeasureEvent event, BigDecimal due, BigDecimal amount, AnnualCap cap) {
        StringBuilder text = new StringBuilder("Outcome measure: ")
                .append(rule.measure().words())
                .append(" (evidence shows it ")
                .append(event.evidenceShown())
                .append("): ")
                .append(Pounds.format(due));
        if (amount.compareTo(due) < 0) {
            text.append(amount.signum() == 0 ? " not paid" : ", paid " + Pounds.format(amount))
                    .append(": the ")
                    .append(Pounds.format(rule.annualCap()))
                    .append(" annual cap is reached (")
                    .append(Pounds.format(due.subtract(amount)))
                    .append(" unpaid)");
        } else {
            text.append(" paid");
        }
        text.append("; year to date ").append(Pounds.format(cap.paid()));
        if (rule.annualCap() != null) {
            text.append(" of a ").append(Pounds.format(rule.annualCap())).append(" cap");
        }
        return text.toString();
    }
}
