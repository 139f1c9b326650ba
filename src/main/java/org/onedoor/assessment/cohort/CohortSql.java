package org.onedoor.assessment.cohort;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one statement that counts cohort outcome measures, written over assessment's own tables so that both
 * databases plan it from their indexes: the period's final start records of TOP, AOR, PHQ-9 and GAD-7 (found by
 * {@code ix_assessment_outcome_stage_done}) joined to the same client's reviews of the instrument and episode
 * ({@code ix_assessment_outcome_client}), the nearest review in the window chosen by a window function, then each
 * chosen pair's few values read by key and summed per cohort. Its first form self-joined the grouped
 * {@code report_outcome} view, which H2 evaluated again for every start record (1.5 to 2.4 s for the demo's 150
 * clients). {@link OutcomeMeasure} supplies each measure's definition.
 */
final class CohortSql {

    private static final String DAYS =
            "extract(day from (cast(r.done_on as timestamp) - cast(s.done_on as timestamp)))";
    private static final String DRUG_DAYS =
            "'opiates_days', 'crack_days', 'cocaine_days', 'amphetamines_days'," + " 'cannabis_days', 'other_days'";

    private CohortSql() {}

    static String count(CohortFilter filter, CohortSettings settings) {
        String only = (filter.organisation() == null ? "" : " and s.organisation_id = :organisation")
                + (filter.partner() == null ? "" : " and e.provider_id = :partner")
                + (filter.substanceGroup() == null ? "" : " and e.reporting_substance_group = :substanceGroup");
        String key = switch (filter.by()) {
            case ORGANISATION -> "c.organisation_id";
            case PARTNER -> "c.provider_id";
            case SUBSTANCE_GROUP -> "c.reporting_substance_group";
        };
        boolean named = filter.by() != CohortBreakdown.SUBSTANCE_GROUP;
        String counts = Arrays.stream(OutcomeMeasure.values())
                .map(m -> count(m, settings))
                .collect(Collectors.joining(",\n"));
        return """
                select p.cohort_key, %s as name,
                %s
                  from (select %s as cohort_key, c.instrument,
                               %s,
                               %s
                          from (select q.* from (
                                  select s.id as start_id, r.id as review_id, s.instrument, s.organisation_id,
                                         e.provider_id, e.reporting_substance_group, r.done_on as review_on,
                                         row_number() over (partition by s.id order by abs(%s - :target),
                                                            r.done_on, r.id) as nearest
                                    from assessment_outcome_record s
                                    join assessment_outcome_record r on r.client_id = s.client_id
                                         and r.instrument = s.instrument and r.status = 'FINAL' and r.stage = 'REVIEW'
                                         and (r.episode_id = s.episode_id
                                              or (r.episode_id is null and s.episode_id is null))
                                    left join assessment_episode e on e.id = s.episode_id
                                   where s.stage = 'START' and s.status = 'FINAL'
                                     and s.instrument in ('top', 'aor', 'phq9', 'gad7')
                                     and s.done_on >= :startsFrom and s.done_on <= :startsTo
                                     and %s between :earliest and :latest%s) q
                                 where q.nearest = 1 and q.review_on >= :from and q.review_on <= :to) c) p
                  %s
                 group by p.cohort_key%s
                """.formatted(
                        named ? "o.name" : "cast(null as varchar(160))",
                        counts,
                        key,
                        values("s", "c.start_id"),
                        values("r", "c.review_id"),
                        DAYS,
                        DAYS,
                        only,
                        named ? "left join report_organisation o on o.organisation_id = p.cohort_key" : "",
                        named ? ", o.name" : "");
    }

    /** The pair's values on one side ({@code s} start, {@code r} review), each read by its record's key. */
    private static String values(String side, String record) {
        String score =
                "select v.score_value from assessment_outcome_score v where v.record_id = " + record + " and v.score ";
        return String.join(
                ",\n",
                "case c.instrument when 'aor' then (" + score + "= 'alcohol_days') when 'top' then (select"
                        + " max(v.score_value) from assessment_outcome_score v where v.record_id = " + record
                        + " and v.score in (" + DRUG_DAYS + ")) end as " + side + "_main_days",
                "case when c.instrument in ('top', 'aor') then (" + score + "= 'injecting_days') end as " + side
                        + "_injecting_days",
                "case when c.instrument in ('top', 'aor') then (" + score + "= 'paid_work_days') end as " + side
                        + "_paid_work_days",
                "case when c.instrument in ('top', 'aor') then (select case a.answer when 'Y' then 1 when 'N' then 0"
                        + " end from assessment_outcome_answer a where a.record_id = " + record
                        + " and a.item = 'acute_housing') end as " + side + "_housing",
                "case when c.instrument = 'phq9' then (" + score + "= 'total') end as " + side + "_phq9_total",
                "case when c.instrument = 'gad7' then (" + score + "= 'total') end as " + side + "_gad7_total");
    }

    private static String count(OutcomeMeasure measure, CohortSettings settings) {
        String name = measure.name().toLowerCase();
        String instruments =
                measure.instruments().stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "));
        String scope = "p.instrument in (" + instruments + ") and ";
        return "       sum(case when " + scope + measure.problemSql(settings) + " then 1 else 0 end) as " + name
                + "_d,\n       sum(case when " + scope + measure.metSql(settings) + " then 1 else 0 end) as " + name
                + "_n";
    }
}
