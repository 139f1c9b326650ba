package org.onedoor.contract.evidence;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.indicators.IndicatorCatalogue;
import org.onedoor.indicators.IndicatorDefinition;
import org.onedoor.indicators.IndicatorRequest;
import org.onedoor.indicators.IndicatorRow;
import org.onedoor.indicators.Indicators;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicators a contract's quality withholds are released on, measured once per evidence snapshot and frozen with
 * it (issue 17 item 6). For each withhold whose release month falls in the months read, the indicators it names are
 * computed by {@link Indicators#compute} for the financial year to the release month, scoped to the contract's agency
 * ({@link WithholdScope}) and as of the snapshot's day, and stored in {@code contract_evidence_indicator}; a later run
 * over the same snapshot reads them back instead of measuring again, so it judges the withhold on the same values
 * however the record has changed. Part of the run's transaction.
 */
@Component
public class FrozenIndicators {

    private final Indicators indicators;
    private final SnapshotStore snapshots;
    private final JdbcClient jdbc;
    private final Clock clock;

    FrozenIndicators(Indicators indicators, SnapshotStore snapshots, JdbcClient jdbc, Clock clock) {
        this.indicators = indicators;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The withholds' indicators for the financial year of {@code to}, for windows ending by {@code to}. */
    public List<MeasuredIndicator> of(UUID snapshot, EvidenceOptions options, ContractRules rules, YearMonth to) {
        FinancialYear year = FinancialYear.of(to);
        List<MeasuredIndicator> measured = new ArrayList<>();
        for (var rule : rules.rules()) {
            if (rule instanceof QualityWithhold withhold
                    && !withhold.indicators().isEmpty()) {
                QualityWithhold.MeasuredWindow window = withhold.window(year);
                if (!window.to().isAfter(to) && withhold.period().covers(window.to())) {
                    WithholdScope scope = WithholdScope.of(withhold, options);
                    Set<String> ids = new LinkedHashSet<>();
                    withhold.indicators().forEach(i -> ids.add(i.indicator()));
                    measured.addAll(frozen(snapshot, scope, window, List.copyOf(ids)));
                }
            }
        }
        return measured;
    }

    private List<MeasuredIndicator> frozen(
            UUID snapshot, WithholdScope scope, QualityWithhold.MeasuredWindow window, List<String> ids) {
        List<MeasuredIndicator> found = read(snapshot, scope, window);
        List<String> missing = ids.stream()
                .filter(id -> IndicatorCatalogue.find(id).isPresent())
                .filter(id -> found.stream().noneMatch(m -> m.indicator().equals(id)))
                .toList();
        if (missing.isEmpty()) {
            return found;
        }
        EvidenceSnapshot taken = snapshots.find(snapshot).orElseThrow();
        List<IndicatorRow> rows = indicators.compute(
                new IndicatorRequest(missing, scope.scope(), window.from(), window.to(), taken.asOf(), false));
        for (String id : missing) {
            IndicatorDefinition definition = IndicatorCatalogue.find(id).orElseThrow();
            write(snapshot, scope, window, definition, chosen(rows, id));
        }
        return read(snapshot, scope, window);
    }

    /** The indicator's one row (PHOF), or its row for everyone. */
    private static IndicatorRow chosen(List<IndicatorRow> rows, String id) {
        List<IndicatorRow> of =
                rows.stream().filter(r -> r.indicator().equals(id)).toList();
        return of.size() == 1
                ? of.get(0)
                : of.stream().filter(r -> r.group().equals("All")).findFirst().orElseThrow();
    }

    private void write(
            UUID snapshot,
            WithholdScope scope,
            QualityWithhold.MeasuredWindow window,
            IndicatorDefinition definition,
            IndicatorRow row) {
        jdbc.sql("""
                insert into contract_evidence_indicator (snapshot_id, scope_key, indicator, period, name, numerator,
                       denominator, figure, unit, status, frozen_at)
                values (:snapshot, :scope, :indicator, :period, :name, :numerator, :denominator, :value, :unit,
                       :status, :frozenAt)
                """)
                .param("snapshot", snapshot)
                .param("scope", scope.key())
                .param("indicator", definition.id())
                .param("period", window.label())
                .param("name", definition.name())
                .param("numerator", row.numerator())
                .param("denominator", row.denominator())
                .param("value", row.value())
                .param("unit", unit(definition))
                .param("status", row.status().word())
                .param("frozenAt", DbTime.toDb(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
    }

    private List<MeasuredIndicator> read(UUID snapshot, WithholdScope scope, QualityWithhold.MeasuredWindow window) {
        return jdbc.sql("""
                select indicator, name, period, figure, numerator, denominator, unit, status
                  from contract_evidence_indicator
                 where snapshot_id = :snapshot and scope_key = :scope and period = :period
                 order by indicator
                """)
                .param("snapshot", snapshot)
                .param("scope", scope.key())
                .param("period", window.label())
                .query((rs, n) -> new MeasuredIndicator(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getObject(5) == null ? null : rs.getLong(5),
                        rs.getObject(6) == null ? null : rs.getLong(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    private static String unit(IndicatorDefinition definition) {
        return switch (definition.measure()) {
            case PERCENT -> "%";
            case MEDIAN_DAYS -> " days";
            case COUNT -> "";
        };
    }
}
