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
            "'opiates_days', 'crack_days', 'cocaine_days', 'amphetamines_days', 'cannabis_days', 'other_days'";

    private CohortSql() {}

    static String count(CohortFilter filter, CohortSettings settings) {
        String only = (filter.organisation() == null ? "" : " and s.organisation_id = :organisation")
                + (filter.partner() == null ? "" : " and e.provider_id = :partner")
                + (filter.substanceGroup() == null ? "" : " and e.reporting_substance_group = :substanceGroup");
        String key = switch (filter.by()) {
            case ORGANISATION -> "q.organisation_id";
            case PARTNER -> "q.provider_id";
            case SUBSTANCE_GROUP -> "q.reporting_substance_group";
        };
        boolean named = filter.by() != CohortBreakdown.SUBSTANCE_GROUP;
        String counts = Arrays.stream(OutcomeMeasure.values())
                .map(m -> count(m, settings))
                .collect(Collectors.joining(",\n"));
        return """
                select p.cohort_key, %s as name,
                %s
                  from (select c.cohort_key, c.instrument, c.start_id,
                %s
                          from (select %s as cohort_key, q.instrument, q.start_id, q.review_id from (
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
                                 where q.nearest = 1 and q.review_on >= :from and q.review_on <= :to) c
                          left join assessment_outcome_score sv on sv.record_id = c.start_id
                               and sv.score in ('alcohol_days', %s, 'injecting_days', 'paid_work_days', 'total')
                          left join assessment_outcome_score rv on rv.record_id = c.review_id and rv.score = sv.score
                          left join assessment_outcome_answer sa
                               on sa.record_id = case when c.instrument in ('top', 'aor') then c.start_id end
                               and sa.item = 'acute_housing'
                          left join assessment_outcome_answer ra
                               on ra.record_id = case when c.instrument in ('top', 'aor') then c.review_id end
                               and ra.item = 'acute_housing'
                         group by c.cohort_key, c.instrument, c.start_id) p
                  %s
                 group by p.cohort_key%s
                """.formatted(
                        named ? "o.name" : "cast(null as varchar(160))",
                        counts,
                        VALUES,
                        key,
                        DAYS,
                        DAYS,
                        only,
                        DRUG_DAYS,
                        named ? "left join report_organisation o on o.organisation_id = p.cohort_key" : "",
                        named ? ", o.name" : "");
    }

    /**
     * Each chosen pair's values as one row: its start record's scores ({@code sv}), the review's score of the same
     * name ({@code rv}) and both acute-housing answers, found by key (four lookups a pair, whatever the measures;
     * the answers only for TOP and AOR pairs: a null key finds nothing without reading the index).
     */
    private static final String VALUES = String.join(
            ",\n",
            value(
                    "main_days",
                    "case c.instrument when 'aor' then (case when %1$s.score = 'alcohol_days' then %1$s.score_value end)"
                            + " when 'top' then (case when %1$s.score in (" + DRUG_DAYS + ") then %1$s.score_value"
                            + " end) end"),
            value(
                    "injecting_days",
                    "case when c.instrument in ('top', 'aor') and %1$s.score = 'injecting_days' then %1$s.score_value"
                            + " end"),
            value(
                    "paid_work_days",
                    "case when c.instrument in ('top', 'aor') and %1$s.score = 'paid_work_days' then %1$s.score_value"
                            + " end"),
            value("phq9_total", "case when c.instrument = 'phq9' and %1$s.score = 'total' then %1$s.score_value end"),
            value("gad7_total", "case when c.instrument = 'gad7' and %1$s.score = 'total' then %1$s.score_value end"),
            "       max(case when c.instrument in ('top', 'aor') then (case sa.answer when 'Y' then 1 when 'N' then 0"
                    + " end) end) as s_housing",
            "       max(case when c.instrument in ('top', 'aor') then (case ra.answer when 'Y' then 1 when 'N' then 0"
                    + " end) end) as r_housing");

    private static String value(String column, String expression) {
        return "       max(" + expression.formatted("sv") + ") as s_" + column + ",\n       max("
                + expression.formatted("rv") + ") as r_" + column;
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
