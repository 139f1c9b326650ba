package org.onedoor.assessment.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort outcome measures (issue 16 item 3), counted in one statement over {@code report_outcome}: each start
 * record of TOP, AOR, PHQ-9 or GAD-7 paired with the same client's review of the same instrument and episode that
 * is its 6-month review ({@link SixMonthReview}), then per organisation that made the start record, each measure's
 * denominator (had the problem at the start) and numerator (met it at the review) as {@link OutcomeMeasure}
 * defines them. The cohort is the pairs whose review was done in the period. Organisation names come from
 * partnership's {@code report_organisation}; there is no per-client loop.
 */
@Service
public class CohortOutcomes {

    private static final List<String> COLUMNS =
            List.of("main_days", "injecting_days", "paid_work_days", "phq9_total", "gad7_total");

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
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("target", settings.targetDays());
        params.put("earliest", settings.earliestDays());
        params.put("latest", settings.latestDays());
        String only = "";
        if (organisation != null) {
            params.put("organisation", organisation);
            only = " and p.organisation_id = :organisation";
        }
        return jdbc.sql(sql(only))
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
                    return new CohortRow(rs.getObject("organisation_id", UUID.class), rs.getString("name"), counts);
                })
                .list();
    }

    private String sql(String only) {
        String pairColumns = COLUMNS.stream()
                .map(c -> "s." + c + " as s_" + c + ", r." + c + " as r_" + c)
                .collect(Collectors.joining(", "));
        String counts = Arrays.stream(OutcomeMeasure.values()).map(this::count).collect(Collectors.joining(",\n"));
        return """
                with pairs as (
                  select s.organisation_id, s.instrument, r.done_on as review_on, %s,
                         case s.acute_housing when 'Y' then 1 when 'N' then 0 end as s_housing,
                         case r.acute_housing when 'Y' then 1 when 'N' then 0 end as r_housing,
                         row_number() over (partition by s.record_id order by abs(%s - :target), r.done_on,
                                            r.record_id) as nearest
                    from report_outcome s
                    join report_outcome r on r.client_key = s.client_key and r.instrument = s.instrument
                         and r.stage = 'REVIEW'
                         and (r.episode_id = s.episode_id or (r.episode_id is null and s.episode_id is null))
                   where s.stage = 'START' and s.instrument in ('top', 'aor', 'phq9', 'gad7')
                     and %s between :earliest and :latest
                )
                select p.organisation_id, coalesce(o.name, 'Unknown organisation') as name,
                %s
                  from pairs p
                  left join report_organisation o on o.organisation_id = p.organisation_id
                 where p.nearest = 1 and p.review_on >= :from and p.review_on <= :to%s
                 group by p.organisation_id, o.name
                 order by coalesce(o.name, 'Unknown organisation'), p.organisation_id
                """.formatted(pairColumns, DAYS, DAYS, counts, only);
    }

    private static final String DAYS =
            "extract(day from (cast(r.done_on as timestamp) - cast(s.done_on as timestamp)))";

    private String count(OutcomeMeasure measure) {
        String name = measure.name().toLowerCase();
        String instruments =
                measure.instruments().stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "));
        String scope = "p.instrument in (" + instruments + ") and ";
        return "       sum(case when " + scope + measure.problemSql(settings) + " then 1 else 0 end) as " + name
                + "_d,\n       sum(case when " + scope + measure.metSql(settings) + " then 1 else 0 end) as " + name
                + "_n";
    }
}
