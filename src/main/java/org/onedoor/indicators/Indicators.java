package org.onedoor.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onedoor.indicators.IndicatorDefinition.PeriodKind;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.treatment.TreatmentSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API: indicator definitions and their figures, computed on request with set-based SQL over
 * {@code indicator_intervention} (no cache, so a change shows in the next request), materialised once per request
 * in session-local tables ({@link IndicatorTables}, ADR 0022). Figures are unsuppressed: callers
 * outside the provider side must suppress small numbers before showing them. The re-presentation window is
 * treatment's ({@code onedoor.treatment.re-presentation-window}), so indicators, treatment and payments agree.
 */
@Service
public class Indicators {

    private static final Logger log = LoggerFactory.getLogger(Indicators.class);

    private final IndicatorDefinitions definitions = IndicatorDefinitions.load();
    private final IndicatorCalculator calculator;
    private final OutcomeIndicators outcomes;
    private final int months;
    private final IndicatorTables tables;

    Indicators(JdbcClient jdbc, JdbcTemplate template, TreatmentSettings treatment) {
        this.months = (int) treatment.rePresentationWindow().toTotalMonths();
        this.calculator = new IndicatorCalculator(new CompletionQuery(jdbc), new ActivityQueries(jdbc), months);
        this.outcomes = new OutcomeIndicators(new OutcomeQuery(jdbc));
        this.tables = new IndicatorTables(jdbc, template);
    }

    /** Every definition, in the order of the definitions file. */
    public List<IndicatorDefinition> definitions() {
        return definitions.all();
    }

    /**
     * The figures asked for: for each indicator, a row per group for the window {@code from..to} or, monthly, for
     * each window ending in one of those months (a rolling 12 months, or the month itself for monthly indicators).
     *
     * @throws DomainRuleViolation naming the field when an indicator is unknown or the months are reversed
     */
    @Transactional
    public List<IndicatorRow> compute(IndicatorRequest request) {
        if (request.to().isBefore(request.from())) {
            throw new DomainRuleViolation("PERIOD_REVERSED", "to", Messages.text("indicators.to.reversed"));
        }
        if (request.from().plusYears(10).isBefore(request.to())) {
            throw new DomainRuleViolation("PERIOD_TOO_LONG", "to", Messages.text("indicators.to.tooLong"));
        }
        List<IndicatorDefinition> chosen = chosen(request.ids());
        Map<Window, List<IndicatorDefinition>> byWindow = new LinkedHashMap<>();
        for (IndicatorDefinition definition : chosen) {
            for (Window window : windows(definition, request)) {
                byWindow.computeIfAbsent(window, w -> new ArrayList<>()).add(definition);
            }
        }
        long start = System.nanoTime();
        tables.fill(request.asOf());
        long filled = System.nanoTime();
        Map<String, List<IndicatorRow>> computed = new HashMap<>();
        Map<String, List<Figures>> counted = new HashMap<>();
        byWindow.forEach((window, definitions) -> {
            tables.place(window, request.scope());
            for (IndicatorDefinition definition : definitions) {
                computed.put(
                        definition.id() + " " + window.label(),
                        definition.calculation() == IndicatorDefinition.Calculation.OUTCOME_CHANGE
                                ? outcomes.rows(definition, window, request.asOf(), request.scope(), months)
                                : calculator.rows(definition, window, request.asOf(), request.scope(), counted));
            }
        });
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorDefinition definition : chosen) {
            for (Window window : windows(definition, request)) {
                rows.addAll(computed.get(definition.id() + " " + window.label()));
            }
        }
        log.debug(
                "indicators: relation filled in {} ms, {} windows computed in {} ms",
                (filled - start) / 1_000_000,
                byWindow.size(),
                (System.nanoTime() - filled) / 1_000_000);
        return rows;
    }

    private List<IndicatorDefinition> chosen(List<String> ids) {
        if (ids.isEmpty()) {
            return definitions.all();
        }
        List<IndicatorDefinition> chosen = new ArrayList<>();
        for (String id : ids) {
            IndicatorDefinition definition = definitions.find(id);
            if (definition == null) {
                throw new DomainRuleViolation(
                        "UNKNOWN_INDICATOR", "indicator", Messages.text("indicators.indicator.unknown", id));
            }
            chosen.add(definition);
        }
        return chosen;
    }

    private static List<Window> windows(IndicatorDefinition definition, IndicatorRequest request) {
        boolean month = definition.period() == PeriodKind.MONTH;
        if (!request.monthly()) {
            return List.of(month ? new Window(request.to(), request.to()) : new Window(request.from(), request.to()));
        }
        List<Window> windows = new ArrayList<>();
        for (YearMonth m = request.from(); !m.isAfter(request.to()); m = m.plusMonths(1)) {
            windows.add(new Window(month ? m : m.minusMonths(11), m));
        }
        return windows;
    }
}
