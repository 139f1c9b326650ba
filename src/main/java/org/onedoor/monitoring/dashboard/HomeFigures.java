package org.onedoor.monitoring.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onedoor.indicators.IndicatorDefinition;
import org.onedoor.indicators.IndicatorDefinition.Measure;
import org.onedoor.indicators.IndicatorRequest;
import org.onedoor.indicators.IndicatorRow;
import org.onedoor.indicators.Indicators;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The headline figures on the commissioner's home page (issue 18 item 1): each for the 12 months to last month, with
 * what changed since the 12 months to the month before. A change is shown only when both figures are shown, so a
 * suppressed number cannot be worked out from it.
 */
@Service
class HomeFigures {

    static final List<String> SHOWN = List.of("IN_TREATMENT_12M", "NEW_PRESENTATIONS", "COMPLETIONS");

    /** One figure now, the same a month earlier, and the change in words. */
    record Headline(String name, String value, String before, String change) {}

    private final Indicators indicators;
    private final Clock clock;
    private final Map<String, IndicatorDefinition> definitions;

    HomeFigures(Indicators indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
        this.definitions = indicators.definitions().stream()
                .collect(Collectors.toMap(IndicatorDefinition::id, Function.identity()));
    }

    @PreAuthorize("hasAuthority('MONITORING_VIEW')")
    public List<Headline> headlines(Viewer viewer) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        DashboardFilter none = DashboardFilter.read(
                null,
                null,
                null,
                null,
                null,
                YearMonth.now(clock),
                new DashboardFilter.Choices(java.util.Set.of(), java.util.Set.of(), java.util.Set.of()));
        List<IndicatorRow> rows = indicators.compute(new IndicatorRequest(
                SHOWN, Dashboards.scope(viewer, none), last.minusMonths(1), last, LocalDate.now(clock), true));
        List<FigureRow> figures = SmallNumberRule.figures(rows, viewer.suppressed(), definitions).stream()
                .filter(f -> f.group().equals("All"))
                .toList();
        List<Headline> headlines = new ArrayList<>();
        for (String id : SHOWN) {
            List<FigureRow> two =
                    figures.stream().filter(f -> f.indicator().equals(id)).toList();
            FigureRow before = two.get(0);
            FigureRow now = two.get(two.size() - 1);
            headlines.add(new Headline(
                    now.name(),
                    now.value(),
                    before.value(),
                    change(before, now, definitions.get(id).measure())));
        }
        return headlines;
    }

    static String change(FigureRow before, FigureRow now, Measure measure) {
        if (before.plotted() == null || now.plotted() == null) {
            return "No comparison shown";
        }
        BigDecimal difference = now.plotted().subtract(before.plotted());
        if (difference.signum() == 0) {
            return "No change since last month";
        }
        String sign = difference.signum() > 0 ? "Up " : "Down ";
        String amount = difference.abs().stripTrailingZeros().toPlainString();
        return sign + amount + (measure == Measure.PERCENT ? " percentage points" : "") + " since last month";
    }
}
