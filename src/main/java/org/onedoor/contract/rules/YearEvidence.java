package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.ClientMonths;
import org.onedoor.contract.evidence.MeasureEvent;
import org.onedoor.contract.evidence.MeasuredIndicator;
import org.onedoor.contract.evidence.OutcomeEvent;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;

/** The evidence of a run seen from one financial year: clients per month (a missing month has none), outcomes. */
final class YearEvidence {

    private final FinancialYear year;
    private final Map<YearMonth, Integer> clients = new HashMap<>();
    private final List<OutcomeEvent> outcomes;
    private final List<MeasureEvent> measures;
    private final ActivityEvidence evidence;

    YearEvidence(FinancialYear year, ActivityEvidence evidence) {
        this.year = year;
        for (ClientMonths month : evidence.clientMonths()) {
            if (clients.put(month.month(), month.clients()) != null) {
                throw new DomainRuleViolation(
                        "DUPLICATE_EVIDENCE_MONTH",
                        "clientMonths",
                        Messages.text("contract.evidence.duplicateMonth", month.month()));
            }
        }
        this.outcomes = evidence.outcomes();
        this.measures = evidence.measures();
        this.evidence = evidence;
    }

    /** A quality withhold's indicator as the run measured it for the period, if it did. */
    Optional<MeasuredIndicator> indicator(String id, String period) {
        return evidence.indicator(id, period);
    }

    FinancialYear year() {
        return year;
    }

    List<YearMonth> monthsCoveredBy(EffectivePeriod period) {
        return year.months().stream().filter(period::covers).toList();
    }

    int clients(YearMonth month) {
        return clients.getOrDefault(month, 0);
    }

    List<OutcomeEvent> outcomes() {
        return outcomes;
    }

    List<MeasureEvent> measures() {
        return measures;
    }

    /** "rolling 12-month average 262", or over the months of evidence there are when fewer than 12. */
    String rollingAverage(YearMonth month) {
        long total = 0;
        int known = 0;
        for (int back = 0; back < 12; back++) {
            Integer count = clients.get(month.minusMonths(back));
            if (count != null) {
                total += count;
                known++;
            }
        }
        if (known == 0) {
            return "no rolling average (no evidence)";
        }
        String average =
                Pounds.count(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(known), 2, RoundingMode.HALF_UP));
        return known == 12
                ? "rolling 12-month average " + average
                : "rolling average " + average + " over the " + known + " months of evidence to " + month;
    }
}
