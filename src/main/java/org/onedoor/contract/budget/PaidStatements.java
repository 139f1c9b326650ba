package org.onedoor.contract.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.OutcomeEvent;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.StatementLine;
import org.onedoor.contract.rules.YearStatement;

/** Monthly {@link PaidStatement}s from the engine's statement of a year and the evidence it was computed from. */
public final class PaidStatements {

    private PaidStatements() {}

    /**
     * One per month with lines. An outcome line is from the reserve when the episode it pays for (its evidence keys)
     * was discharged in a financial year before the line's month: a stage-1 line never is (it is paid in the month of
     * discharge), a stage-2 line is when its 6-month window crossed the year end.
     */
    public static List<PaidStatement> of(YearStatement statement, ContractRules rules, ActivityEvidence evidence) {
        Set<String> outcomeRules = rules.rules().stream()
                .filter(PaymentByOutcomes.class::isInstance)
                .map(rule -> rule.name())
                .collect(Collectors.toSet());
        Map<String, LocalDate> discharged = new HashMap<>();
        for (OutcomeEvent event : evidence.outcomes()) {
            discharged.put(event.clientKey() + "|" + event.episodeKey(), event.discharged());
        }
        Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
        for (StatementLine line : statement.lines()) {
            BigDecimal[] sums = months.computeIfAbsent(line.month(), m -> new BigDecimal[] {zero(), zero()});
            sums[0] = sums[0].add(line.amount());
            if (outcomeRules.contains(line.rule()) && line.evidence().size() >= 2) {
                LocalDate day = discharged.get(
                        line.evidence().get(0) + "|" + line.evidence().get(1));
                if (day != null
                        && FinancialYear.of(day).startYear()
                                < FinancialYear.of(line.month()).startYear()) {
                    sums[1] = sums[1].add(line.amount());
                }
            }
        }
        List<PaidStatement> paid = new ArrayList<>();
        months.forEach((month, sums) -> paid.add(new PaidStatement(month, sums[0], sums[1])));
        return paid;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
