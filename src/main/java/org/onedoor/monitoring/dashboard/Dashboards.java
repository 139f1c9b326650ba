package org.onedoor.monitoring.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.indicators.IndicatorDefinition;
import org.onedoor.indicators.IndicatorRequest;
import org.onedoor.indicators.IndicatorRow;
import org.onedoor.indicators.IndicatorScope;
import org.onedoor.indicators.Indicators;
import org.onedoor.partnership.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Builds a dashboard from the indicators engine (it computes nothing itself): the headline figures for the 12 months
 * to the chosen month, the monthly numbers in treatment for the same 12 months, and contract's payment summary.
 * Suppression runs over every group of an indicator before the substance-group filter picks rows.
 */
@Service
class Dashboards {

    static final List<String> HEADLINE = List.of(
            "IN_TREATMENT_12M",
            "NEW_PRESENTATIONS",
            "COMPLETIONS",
            "C19a",
            "C19b",
            "C19c",
            "WAIT_OFFER_MEDIAN",
            "WAIT_START_MEDIAN",
            "WAIT_START_OVER_3_WEEKS");
    static final String TREND = "IN_TREATMENT_MONTH";

    private final Indicators indicators;
    private final PaymentSummaryQuery payments;
    private final Directory directory;
    private final Clock clock;
    private final Map<String, IndicatorDefinition> definitions;

    Dashboards(Indicators indicators, PaymentSummaryQuery payments, Directory directory, Clock clock) {
        this.indicators = indicators;
        this.payments = payments;
        this.directory = directory;
        this.clock = clock;
        this.definitions = indicators.definitions().stream()
                .collect(Collectors.toMap(IndicatorDefinition::id, Function.identity()));
    }

    @PreAuthorize("hasAuthority('MONITORING_VIEW')")
    public Dashboard dashboard(Viewer viewer, DashboardFilter filter, boolean withPayments) {
        YearMonth to = filter.period();
        YearMonth from = to.minusMonths(11);
        IndicatorScope scope = scope(viewer, filter);
        LocalDate asOf = LocalDate.now(clock);
        List<IndicatorRow> headline = indicators.compute(new IndicatorRequest(HEADLINE, scope, from, to, asOf, false));
        List<IndicatorRow> monthly =
                indicators.compute(new IndicatorRequest(List.of(TREND), scope, from, to, asOf, true));
        boolean empty = headline.stream().allMatch(Dashboards::nothing)
                && monthly.stream().allMatch(Dashboards::nothing);
        List<FigureRow> figures = chosen(SmallNumberRule.figures(headline, viewer.suppressed(), definitions), filter);
        List<FigureRow> trend = chosen(SmallNumberRule.figures(monthly, viewer.suppressed(), definitions), filter);
        List<PaymentMonth> paid = withPayments ? payments.months(from, to, filter.contract()) : List.of();
        String scopeName = scopeName(viewer, filter);
        TrendChart chart = TrendChart.of("People in treatment, " + groupName(filter), trend);
        List<DataTable> tables = DashboardTables.of(figures, trend, paid, withPayments, groupName(filter));
        return new Dashboard(
                viewer, scopeName, from + " to " + to, empty, figures, trend, chart, paid, withPayments, tables);
    }

    /** The one scope the figures are for: the provider side's own organisation, else the filter's choice. */
    static IndicatorScope scope(Viewer viewer, DashboardFilter filter) {
        switch (viewer.side()) {
            case PRACTICE:
                return IndicatorScope.practice(viewer.organisationId());
            case PROVIDER:
                return IndicatorScope.provider(viewer.organisationId());
            default:
                if (filter.practice() != null) {
                    return IndicatorScope.practice(filter.practice());
                }
                return filter.provider() != null
                        ? IndicatorScope.provider(filter.provider())
                        : IndicatorScope.partnership();
        }
    }

    private String scopeName(Viewer viewer, DashboardFilter filter) {
        if (viewer.providerSide()) {
            return viewer.organisationName();
        }
        if (filter.practice() != null) {
            return directory.organisation(filter.practice()).name();
        }
        return filter.provider() != null
                ? directory.organisation(filter.provider()).name()
                : "The partnership";
    }

    static String groupName(DashboardFilter filter) {
        return filter.group() == null ? "all substance groups" : filter.group().label();
    }

    /** The rows of the chosen substance group ("All" without one); PHOF rows whose population holds the group. */
    private List<FigureRow> chosen(List<FigureRow> rows, DashboardFilter filter) {
        ReportingSubstanceGroup group = filter.group();
        return rows.stream()
                .filter(row -> {
                    IndicatorDefinition definition = definitions.get(row.indicator());
                    if (!definition.groups().isEmpty()) {
                        return group == null || definition.groups().contains(group);
                    }
                    return row.group().equals(group == null ? "All" : group.label());
                })
                .toList();
    }

    private static boolean nothing(IndicatorRow row) {
        return (row.numerator() == null || row.numerator() == 0)
                && (row.denominator() == null || row.denominator() == 0);
    }
}
