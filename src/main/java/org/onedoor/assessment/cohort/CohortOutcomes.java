package org.onedoor.assessment.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort outcome measures (issue 16 item 3), counted in one statement ({@link CohortSql}): each start record of
 * TOP, AOR, PHQ-9 or GAD-7 paired with the same client's review of the same instrument and episode that is its
 * 6-month review ({@link SixMonthReview}), then per cohort each measure's denominator (had the problem at the start)
 * and numerator (met it at the review) as {@link OutcomeMeasure} defines them. The cohort is the pairs whose review
 * was done in the period; a cohort is the team or practice that made the start record, the partner the episode is
 * with, or the episode's substance group ({@link CohortBreakdown}), the last two as treatment told them. Names come
 * from partnership's {@code report_organisation}; there is no per-client loop.
 */
@Service
public class CohortOutcomes {

    private final JdbcClient jdbc;
    private final CohortSettings settings;

    CohortOutcomes(JdbcClient jdbc, CohortSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** One cohort row per organisation with outcomes in the period, or just the one organisation asked for. */
    @PreAuthorize("hasAuthority('COHORT_OUTCOMES_VIEW')")
    @Transactional(readOnly = true)
    public List<CohortRow> between(LocalDate from, LocalDate to, @Nullable UUID organisation) {
        return count(CohortFilter.byOrganisation(from, to, organisation));
    }

    /** One row per cohort with pairs in the filter, in name order (substance groups in their own order). */
    @PreAuthorize("hasAuthority('COHORT_OUTCOMES_VIEW')")
    @Transactional(readOnly = true)
    public List<CohortRow> count(CohortFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("startsFrom", filter.from().minusDays(settings.latestDays()));
        params.put("startsTo", filter.to().minusDays(settings.earliestDays()));
        params.putAll(OutcomePairs.params(settings));
        if (filter.organisation() != null) {
            params.put("organisation", filter.organisation());
        }
        if (filter.partner() != null) {
            params.put("partner", filter.partner());
        }
        if (filter.substanceGroup() != null) {
            params.put("substanceGroup", filter.substanceGroup().name());
        }
        List<CohortRow> rows = new ArrayList<>(jdbc.sql(CohortSql.count(filter, settings))
                .params(params)
                .query((rs, n) -> {
                    List<MeasureCount> counts = new ArrayList<>();
                    for (OutcomeMeasure measure : OutcomeMeasure.values()) {
                        counts.add(new MeasureCount(
                                measure,
                                rs.getInt(measure.name().toLowerCase() + "_d"),
                                rs.getInt(measure.name().toLowerCase() + "_n"),
                                settings.smallNumber()));
                    }
                    Object key = rs.getObject("cohort_key");
                    return new CohortRow(
                            key == null ? "" : key.toString(), label(filter.by(), key, rs.getString("name")), counts);
                })
                .list());
        rows.sort(order(filter.by()));
        return rows;
    }

    /** The teams and practices, or the partners, that have made outcome records, in name order, for a filter. */
    @PreAuthorize("hasAuthority('COHORT_OUTCOMES_VIEW')")
    @Transactional(readOnly = true)
    public List<CohortChoice> choices(CohortBreakdown of) {
        String sql = of == CohortBreakdown.PARTNER ? """
                select o.organisation_id, o.name from report_organisation o
                 where exists (select 1 from assessment_episode e where e.provider_id = o.organisation_id)
                 order by o.name, o.organisation_id
                """ : """
                select o.organisation_id, o.name from report_organisation o
                 where exists (select 1 from assessment_outcome_record r where r.organisation_id = o.organisation_id)
                 order by o.name, o.organisation_id
                """;
        return jdbc.sql(sql)
                .query((rs, n) -> new CohortChoice(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    private static String label(CohortBreakdown by, @Nullable Object key, @Nullable String name) {
        if (by == CohortBreakdown.SUBSTANCE_GROUP) {
            return key == null
                    ? "Substance group not known"
                    : ReportingSubstanceGroup.valueOf(key.toString()).label();
        }
        if (key == null) {
            return by == CohortBreakdown.PARTNER ? "Partner not known" : "Unknown organisation";
        }
        return name == null ? "Unknown organisation" : name;
    }

    private static Comparator<CohortRow> order(CohortBreakdown by) {
        if (by == CohortBreakdown.SUBSTANCE_GROUP) {
            return Comparator.comparingInt(row -> row.key().isEmpty()
                    ? Integer.MAX_VALUE
                    : ReportingSubstanceGroup.valueOf(row.key()).ordinal());
        }
        return Comparator.comparing((CohortRow row) -> row.key().isEmpty())
                .thenComparing(CohortRow::label)
                .thenComparing(CohortRow::key);
    }
}
