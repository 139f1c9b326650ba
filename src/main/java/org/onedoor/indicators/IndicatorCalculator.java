package org.onedoor.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.indicators.IndicatorDefinition.Measure;

/**
 * Turns what a query counted into rows: a PHOF indicator adds up its groups into one row named by its definition;
 * every other indicator gives one row per substance group (zeros included) and one for all. Percentages carry a Wilson
 * interval; a 0 denominator leaves value, interval and denominator empty.
 */
final class IndicatorCalculator {

    static final String ALL = "ALL";

    /** The group of the row that totals the substance groups. */
    static final String ALL_LABEL = "All";

    private final CompletionQuery completions;
    private final ActivityQueries activity;
    private final int months;

    IndicatorCalculator(CompletionQuery completions, ActivityQueries activity, int months) {
        this.completions = completions;
        this.activity = activity;
        this.months = months;
    }

    /**
     * The rows of one indicator for one window. {@code counted} holds what this request's statements already counted,
     * so indicators sharing a calculation (C19a-c, a wait's median and its share over 3 weeks) run it once per window.
     * The window's persons must be placed ({@link IndicatorTables#place}) before.
     */
    List<IndicatorRow> rows(
            IndicatorDefinition definition,
            Window window,
            LocalDate asOf,
            IndicatorScope scope,
            Map<String, List<Figures>> counted) {
        IndicatorRow.Status status = window.status(asOf, months);
        if (definition.calculation() == IndicatorDefinition.Calculation.PHOF_COMPLETION) {
            long numerator = 0;
            long denominator = 0;
            List<Figures> byGroup = counted.computeIfAbsent(
                    "PHOF " + window.label(), key -> completions.byGroup(window, scope, months));
            for (Figures figures : byGroup) {
                if (definition.groups().stream().anyMatch(g -> g.name().equals(figures.group()))) {
                    numerator += figures.numerator();
                    denominator += figures.denominator();
                }
            }
            String group = definition.group() == null ? definition.id() : definition.group();
            return List.of(row(definition, window, group, new Figures(group, numerator, denominator, null), status));
        }
        String key = definition.calculation() + " " + definition.thresholdDays() + " " + definition.dischargeClass()
                + " " + window.label();
        Map<String, Figures> byGroup = new HashMap<>();
        for (Figures figures : counted.computeIfAbsent(key, k -> activity.figures(definition, window, scope, months))) {
            byGroup.put(figures.group(), figures);
        }
        List<IndicatorRow> rows = new ArrayList<>();
        for (ReportingSubstanceGroup group : ReportingSubstanceGroup.values()) {
            rows.add(row(definition, window, group.label(), byGroup.get(group.name()), status));
        }
        rows.add(row(definition, window, ALL_LABEL, byGroup.get(ALL), status));
        return rows;
    }

    private static IndicatorRow row(
            IndicatorDefinition definition, Window window, String group, Figures figures, IndicatorRow.Status status) {
        long numerator = figures == null ? 0 : figures.numerator();
        Long denominator = figures == null ? Long.valueOf(0) : figures.denominator();
        Measure measure = definition.measure();
        if (measure == Measure.COUNT) {
            return new IndicatorRow(
                    definition.id(),
                    window.label(),
                    group,
                    numerator,
                    null,
                    BigDecimal.valueOf(numerator),
                    null,
                    null,
                    status);
        }
        if (measure == Measure.MEDIAN_DAYS) {
            BigDecimal median = figures == null || figures.median() == null
                    ? null
                    : figures.median().setScale(1, RoundingMode.HALF_UP);
            long waits = denominator == null ? 0 : denominator;
            return new IndicatorRow(definition.id(), window.label(), group, waits, null, median, null, null, status);
        }
        if (denominator == null || denominator == 0) {
            return new IndicatorRow(definition.id(), window.label(), group, numerator, null, null, null, null, status);
        }
        BigDecimal[] interval = WilsonInterval.of(numerator, denominator);
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
