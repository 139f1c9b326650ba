package org.onedoor.monitoring.trends;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onedoor.monitoring.audience.CountCells;
import org.onedoor.monitoring.audience.ProviderSide;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Emerging trends (issue 18 item 4): monthly mentions of each substance with the {@link TrendRule} flags, counts
 * suppressed for people outside the provider side.
 */
@Service
class SubstanceTrends {

    static final int MONTHS_SHOWN = 13;

    private final MonthlyMentionsQuery query;
    private final JdbcClient jdbc;
    private final TrendSettings settings;
    private final ProviderSide providerSide;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    SubstanceTrends(
            MonthlyMentionsQuery query,
            JdbcClient jdbc,
            TrendSettings settings,
            ProviderSide providerSide,
            CurrentUsers currentUsers,
            Clock clock) {
        this.query = query;
        this.jdbc = jdbc;
        this.settings = settings;
        this.providerSide = providerSide;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('SUBSTANCE_TRENDS_VIEW')")
    public TrendReport month(YearMonth month) {
        if (month.isAfter(YearMonth.now(clock))) {
            throw new DomainRuleViolation("MONTH_IN_FUTURE", "month", Messages.text("monitoring.month.future"));
        }
        TrendRule rule = TrendRule.of(settings);
        int back = Math.max(Math.max(rule.lookBackMonths(), rule.baselineMonths()), MONTHS_SHOWN - 1);
        List<MonthlyMentionsQuery.Mentions> rows = query.mentions(month, back, clock.getZone());
        boolean suppressed = !providerSide.includes(currentUsers.require());
        Map<String, List<Long>> series = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.monthsBack() < MONTHS_SHOWN)
                .map(MonthlyMentionsQuery.Mentions::substance)
                .distinct()
                .forEach(s -> series.put(s, MonthlyMentionsQuery.series(rows, s, back)));
        List<String> keys = new ArrayList<>(series.keySet());
        long[][] counts = new long[keys.size()][MONTHS_SHOWN];
        for (int r = 0; r < keys.size(); r++) {
            for (int c = 0; c < MONTHS_SHOWN; c++) {
                counts[r][c] = series.get(keys.get(r)).get(MONTHS_SHOWN - 1 - c);
            }
        }
        List<YearMonth> months = new ArrayList<>();
        for (int c = 0; c < MONTHS_SHOWN; c++) {
            months.add(month.minusMonths(MONTHS_SHOWN - 1 - c));
        }
        CountCells.Texts texts =
                CountCells.of(keys, months.stream().map(YearMonth::toString).toList(), counts, suppressed);
        Map<String, String> labels = labels();
        List<SubstanceTrend> trends = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            List<Long> all = series.get(keys.get(r));
            List<Long> previous = all.subList(1, all.size());
            trends.add(new SubstanceTrend(
                    keys.get(r),
                    label(keys.get(r), labels),
                    rule.flag(all.get(0), previous),
                    texts.cells()[r][MONTHS_SHOWN - 1],
                    List.of(texts.cells()[r]),
                    texts.rowTotals()[r],
                    suppressed
                            ? null
                            : String.format(
                                    Locale.UK, "%.1f", rule.baseline(previous).mean())));
        }
        trends.sort(Comparator.comparing((SubstanceTrend t) -> t.flag().ordinal())
                .thenComparing(t -> -series.get(t.substance()).get(0))
                .thenComparing(SubstanceTrend::label));
        return new TrendReport(month, months, trends, suppressed);
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        jdbc.sql("select code, label from report_substance").query(rs -> {
            labels.put(rs.getString(1), rs.getString(2));
        });
        labels.put("OPIATES_ILLICIT", "Illicit opiates (TOP)");
        return labels;
    }

    static String label(String key, Map<String, String> labels) {
        if (key.startsWith("OTHER:")) {
            String name = key.substring("OTHER:".length()).toLowerCase(Locale.UK);
            return name.isEmpty() ? "Other" : Character.toUpperCase(name.charAt(0)) + name.substring(1) + " (TOP)";
        }
        return labels.getOrDefault(key, key);
    }
}
