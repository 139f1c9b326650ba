package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onedoor.contract.evidence.OutcomeEvent;
import org.onedoor.contract.evidence.OutcomeStage;

/**
 * The outcome lines of one year: one line per qualifying event whose evidence became complete in the year, in
 * due-date order (then client and episode key, so the order is the same on every run), paid until the annual cap.
 */
final class OutcomeLines {

    static final Comparator<OutcomeEvent> DUE_ORDER = Comparator.comparing(OutcomeEvent::evidenceComplete)
            .thenComparing(OutcomeEvent::clientKey)
            .thenComparing(OutcomeEvent::episodeKey)
            .thenComparing(OutcomeEvent::stage);

    private final PaymentByOutcomes rule;
    private final AnnualCap cap;

    private OutcomeLines(PaymentByOutcomes rule) {
        this.rule = rule;
        this.cap = new AnnualCap(rule.annualCap(), rule.capMode());
    }

    static List<StatementLine> of(PaymentByOutcomes rule, YearEvidence year) {
        return new OutcomeLines(rule).lines(year);
    }

    private List<StatementLine> lines(YearEvidence year) {
        List<OutcomeEvent> qualifying = new ArrayList<>(year.outcomes().size());
        for (OutcomeEvent event : year.outcomes()) {
            if (rule.qualifies(event.dischargeCode())) {
                qualifying.add(event);
            }
        }
        qualifying.sort(DUE_ORDER);
        Map<Episode, OutcomeEvent> firstOfEach = new LinkedHashMap<>();
        for (OutcomeEvent event : qualifying) {
            firstOfEach.putIfAbsent(new Episode(event.stage(), event.clientKey(), event.episodeKey()), event);
        }
        Set<Episode> completions = new HashSet<>();
        List<StatementLine> lines = new ArrayList<>();
        for (OutcomeEvent event : firstOfEach.values()) {
            if (event.stage() == OutcomeStage.COMPLETION) {
                completions.add(episode(event));
            }
            YearMonth month = YearMonth.from(event.evidenceComplete());
            if (year.year().contains(month) && rule.period().covers(month)) {
                boolean prerequisiteMet = event.stage() == OutcomeStage.COMPLETION
                        || !rule.requiresStage1()
                        || completions.contains(episode(event));
                lines.add(line(month, event, prerequisiteMet));
            }
        }
        return lines;
    }

    private StatementLine line(YearMonth month, OutcomeEvent event, boolean prerequisiteMet) {
        BigDecimal due = rule.amountFor(event.stage()).setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal amount = prerequisiteMet ? cap.pay(due) : Pounds.ZERO;
        StringBuilder text = new StringBuilder(
                        event.stage() == OutcomeStage.COMPLETION
                                ? "Stage 1, successful completion"
                                : "Stage 2, exit sustained through the window")
                .append(" (discharged ")
                .append(event.discharged())
                .append(", reason ")
                .append(event.dischargeCode())
                .append("; evidence complete ")
                .append(event.evidenceComplete())
                .append("): ")
                .append(Pounds.format(due));
        if (!prerequisiteMet) {
            text.append(" not paid: no qualifying stage-1 completion of this episode in the evidence");
        } else if (amount.compareTo(due) < 0) {
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
        return new StatementLine(
                month,
                rule.name(),
                text.toString(),
                BigDecimal.ONE,
                due,
                amount,
                List.of(event.clientKey(), event.episodeKey()));
    }

    /** An episode's stage-1 completion (or, with the stage, one of its events): its keys keep their hash codes. */
    private record Episode(OutcomeStage stage, String clientKey, String episodeKey) {}

    private static Episode episode(OutcomeEvent event) {
        return new Episode(OutcomeStage.COMPLETION, event.clientKey(), event.episodeKey());
    }
}
