package org.onedoor.contract.whatif;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.onedoor.shared.NotFound;

/**
 * Scenarios side by side over one snapshot and one range of months, with the perverse-incentive monitor, which
 * depends on the evidence only and so is the same beside every scenario.
 */
public record ScenarioComparison(
        UUID snapshotId, YearMonth from, YearMonth to, List<ScenarioResult> scenarios, List<IncentiveMonth> monitor) {

    public ScenarioComparison {
        scenarios = List.copyOf(scenarios);
        monitor = List.copyOf(monitor);
    }

    public ScenarioResult scenario(String name) {
        return scenarios.stream()
                .filter(s -> s.scenario().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFound("Scenario", name));
    }

    /** Each scenario's total minus the first scenario's (the baseline), in scenario order. */
    public List<BigDecimal> differencesFromFirst() {
        BigDecimal baseline =
                scenarios.isEmpty() ? BigDecimal.ZERO : scenarios.get(0).total();
        return scenarios.stream().map(s -> s.total().subtract(baseline)).toList();
    }
}
