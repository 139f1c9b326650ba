package org.onedoor.monitoring.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onedoor.indicators.IndicatorDefinition;
import org.onedoor.indicators.IndicatorRequest;
import org.onedoor.indicators.IndicatorRow;
import org.onedoor.indicators.IndicatorScope;
import org.onedoor.indicators.Indicators;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Perverse-incentive monitors (issue 18 item 3): for each change of a contract's payment rules, treatment starts,
 * successful completions and unplanned exits over the same number of months (up to 6) before and after the month the
 * new rules took effect, from the indicators engine and contract's {@code report_contract_version}. Nothing is computed
 * here but the difference of two shown figures.
 */
@Service
class RuleChanges {

    static final List<String> WATCHED = List.of("NEW_PRESENTATIONS", "COMPLETIONS", "UNPLANNED_EXITS");
    private static final int MOST_MONTHS = 6;

    private record Version(UUID contractId, String contract, int version, YearMonth effective, String reason) {}

    private final Indicators indicators;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, IndicatorDefinition> definitions;

    RuleChanges(Indicators indicators, JdbcClient jdbc, Clock clock) {
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.clock = clock;
        this.definitions = indicators.definitions().stream()
                .collect(Collectors.toMap(IndicatorDefinition::id, Function.identity()));
    }

    @PreAuthorize("hasAuthority('MONITORING_VIEW') and hasAuthority('CONTRACT_VIEW')")
    public List<RuleChange> changes(Viewer viewer, IndicatorScope scope) {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        List<RuleChange> changes = new ArrayList<>();
        for (Version v : versions(lastMonth.plusMonths(1))) {
            int months = (int)
                    Math.min(MOST_MONTHS, v.effective().until(lastMonth, java.time.temporal.ChronoUnit.MONTHS) + 1);
            List<RuleChange.Comparison> comparisons = new ArrayList<>();
            if (months > 0) {
                List<FigureRow> before = figures(
                        viewer,
                        scope,
                        v.effective().minusMonths(months),
                        v.effective().minusMonths(1));
                List<FigureRow> after =
                        figures(viewer, scope, v.effective(), v.effective().plusMonths(months - 1));
                for (int i = 0; i < before.size(); i++) {
                    FigureRow b = before.get(i);
                    FigureRow a = after.get(i);
                    comparisons.add(new RuleChange.Comparison(
                            b.name(),
                            b.value(),
                            a.value(),
                            HomeFigures.change(
                                            b, a, definitions.get(b.indicator()).measure())
                                    .replace(" since last month", "")));
                }
            }
            changes.add(new RuleChange(
                    v.contractId(),
                    v.contract(),
                    v.version(),
                    v.effective(),
                    v.reason(),
                    Math.max(months, 0),
                    comparisons));
        }
        return changes;
    }

    private List<FigureRow> figures(Viewer viewer, IndicatorScope scope, YearMonth from, YearMonth to) {
        List<IndicatorRow> rows =
                indicators.compute(new IndicatorRequest(WATCHED, scope, from, to, LocalDate.now(clock), false));
        return SmallNumberRule.figures(rows, viewer.suppressed(), definitions).stream()
                .filter(f -> f.group().equals("All"))
                .toList();
    }

    /** Versions after the first that took effect by {@code upTo}, newest first (at most 20). */
    private List<Version> versions(YearMonth upTo) {
        return jdbc.sql("""
                select contract_id, contract_reference, contract_name, version_no, effective_from, reason
                  from report_contract_version
                 where version_no > 1 and effective_from <= :upTo
                 order by effective_from desc, contract_reference
                 fetch first 20 rows only
                """)
                .param("upTo", upTo.atDay(1))
                .query((rs, n) -> new Version(
                        rs.getObject(1, UUID.class),
                        rs.getString(2) + " " + rs.getString(3),
                        rs.getInt(4),
                        YearMonth.from(rs.getObject(5, LocalDate.class)),
                        rs.getString(6)))
                .list();
    }
}
