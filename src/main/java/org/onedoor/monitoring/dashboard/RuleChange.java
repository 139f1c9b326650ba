package org.onedoor.monitoring.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A change of a contract's payment rules (a version after the first) with the figures for the same number of months
 * before and after the month it took effect, each as the viewer may see it; {@code months} is 0 when the change is too
 * recent to have a month after it.
 */
record RuleChange(
        UUID contractId,
        String contract,
        int version,
        YearMonth effective,
        String reason,
        int months,
        List<Comparison> comparisons) {

    record Comparison(String name, String before, String after, String change) {}

    RuleChange {
        comparisons = List.copyOf(comparisons);
    }
}
