package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.OutcomeEvent;
import org.onedoor.contract.evidence.OutcomeStage;

/**
 * The outcome liability at a year end (11.7): qualifying completions whose stage-2 window is still open on the last
 * day of the year, each a possible stage-2 payment next year, which the reserve should cover.
 *
 * @param openWindows the completions, in due order, whose sustained exit may be paid next year
 */
public record OutcomeLiability(FinancialYear year, List<OutcomeEvent> openWindows, BigDecimal amount) {

    public OutcomeLiability {
        openWindows = List.copyOf(openWindows);
    }

    /**
     * @param windowMonths the re-presentation window in calendar months (6), ending on discharge + window (A7)
     */
    public static OutcomeLiability atYearEnd(
            PaymentByOutcomes rule, ActivityEvidence evidence, FinancialYear year, int windowMonths) {
        LocalDate yearEnd = year.last().atEndOfMonth();
        Set<String> sustained = evidence.outcomes().stream()
                .filter(event -> event.stage() == OutcomeStage.SUSTAINED_EXIT)
                .map(OutcomeLiability::episode)
                .collect(Collectors.toSet());
        List<OutcomeEvent> open = evidence.outcomes().stream()
                .filter(event -> event.stage() == OutcomeStage.COMPLETION && rule.qualifies(event.dischargeCode()))
                .filter(event -> !event.evidenceComplete().isAfter(yearEnd))
                .filter(event -> !event.discharged().plusMonths(windowMonths).isBefore(yearEnd))
                .filter(event -> !sustained.contains(episode(event)))
                .sorted(OutcomeLines.DUE_ORDER)
                .toList();
        BigDecimal each = rule.stage2Amount().setScale(2, java.math.RoundingMode.HALF_UP);
        return new OutcomeLiability(year, open, each.multiply(BigDecimal.valueOf(open.size())));
    }

    /** What the reserve leaves uncommitted once this liability is met. */
    public BigDecimal uncommitted(BigDecimal reserve) {
        return reserve.subtract(amount);
    }

    private static String episode(OutcomeEvent event) {
        return event.clientKey() + "|" + event.episodeKey();
    }
}
