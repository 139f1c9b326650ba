package org.onedoor.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onedoor.assessment.ReportingSubstanceGroup;

/**
 * The rows of the TOP/AOR and parity indicators ({@link OutcomeChange}, counted by {@link OutcomeQuery}): one per
 * substance group, zeros included, and one for all (which also counts reviews of an episode with no known group), each
 * a percentage with its 95% Wilson interval, empty when no one had the problem at the start.
 */
final class OutcomeIndicators {

    private final OutcomeQuery query;

    OutcomeIndicators(OutcomeQuery query) {
        this.query = query;
    }

    List<IndicatorRow> rows(
            IndicatorDefinition definition, Window window, LocalDate asOf, IndicatorScope scope, int months) {
        OutcomeChange change = OutcomeChange.of(definition.id())
                .orElseThrow(() -> new IllegalStateException(
                        "indicator " + definition.id() + " names no outcome change (OutcomeChange)"));
        Map<String, Figures> byGroup = new HashMap<>();
        query.byGroup(change, window, asOf, scope).forEach(f -> byGroup.put(f.group(), f));
        IndicatorRow.Status status = window.status(asOf, months);
        List<IndicatorRow> rows = new ArrayList<>();
        for (ReportingSubstanceGroup group : ReportingSubstanceGroup.values()) {
            rows.add(row(definition, window, group.label(), byGroup.get(group.name()), status));
        }
        rows.add(row(definition, window, "All", byGroup.get(IndicatorCalculator.ALL), status));
        return rows;
    }

    private static IndicatorRow row(
            IndicatorDefinition definition, Window window, String group, Figures figures, IndicatorRow.Status status) {
        long numerator = figures == null ? 0 : figures.numerator();
        long denominator = figures == null || figures.denominator() == null ? 0 : figures.denominator();
        if (denominator == 0) {
            return new IndicatorRow(definition.id(), window.label(), group, numerator, null, null, null, null, status);
        }
        var interval = WilsonInterval.of(numerator, denominator);
        return new IndicatorRow(
                definition.id(),
                window.label(),
                group,
                numerator,
                denominator,
                WilsonInterval.percent(numerator, denominator),
                interval[0],
                interval[1],
                status);
    }
}
