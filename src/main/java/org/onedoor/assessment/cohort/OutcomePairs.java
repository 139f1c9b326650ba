package org.onedoor.assessment.cohort;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one pairing of baseline and review outcome records, for {@link CohortSql}'s count and for embedding in another
 * module's statement (ADR 0018, {@link OutcomeMeasureEvents}), over assessment's own tables so that both databases
 * plan it by index ({@code ix_assessment_outcome_stage_done}, {@code ix_assessment_outcome_client}; the grouped
 * {@code report_outcome} view, joined to itself, is evaluated again for every start record by H2): each final start
 * record of TOP, AOR, PHQ-9 or GAD-7 paired with the same client's final reviews of the same instrument and episode
 * within the window, the nearest to the target first ({@code nearest = 1}; of two equally near, the earlier, as
 * {@link SixMonthReview} chooses). The chosen pair's values are read by key, once a pair (four lookups, grouped so
 * that no planner copies them into each measure), as {@code s_<column>} and {@code r_<column>} for
 * {@link OutcomeMeasure#problemSql} and {@link OutcomeMeasure#metSql}. Parameters are prefixed {@code cohort}.
 * {@code OutcomeMeasureEventsIntegrationTest} proves the events count as {@link CohortOutcomes} does.
 */
final class OutcomePairs {

    private static final String DAYS =
            "extract(day from (cast(r.done_on as timestamp) - cast(s.done_on as timestamp)))";
    private static final String DRUG_DAYS =
            "'opiates_days', 'crack_days', 'cocaine_days', 'amphetamines_days', 'cannabis_days', 'other_days'";

    /**
     * Each chosen pair's values: its start record's scores ({@code sv}), the review's score of the same name
     * ({@code rv}) and both acute-housing answers, found by key (the answers only for TOP and AOR pairs: a null key
     * finds nothing without reading the index).
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

    private OutcomePairs() {}

    /** Every chosen pair with its values, as a select to use as a CTE. */
    static String select() {
        return select(Scope.ALL);
    }

    /**
     * The chosen pairs of a scope with their values (client_key, episode_id, organisation_id, instrument, review_on,
     * and the scope's cohort_key when it has one), as a select to use as a CTE or derived table.
     */
    static String select(Scope scope) {
        return """
                select c.client_key, c.episode_id, c.organisation_id, c.instrument, c.review_on%s,
                %s
                  from (select q.start_id, q.review_id, q.client_key, q.episode_id, q.organisation_id, q.instrument,
                               q.review_on%s
                          from (select s.id as start_id, r.id as review_id, s.client_id as client_key, s.episode_id,
                                       s.organisation_id, s.instrument, r.done_on as review_on%s,
                                       row_number() over (partition by s.id order by abs(%s - :cohortTarget),
                                                          r.done_on, r.id) as nearest
                                  from assessment_outcome_record s
                                  join assessment_outcome_record r on r.client_id = s.client_id
                                       and r.instrument = s.instrument and r.status = 'FINAL' and r.stage = 'REVIEW'
                                       and (r.episode_id = s.episode_id
                                            or (r.episode_id is null and s.episode_id is null))%s
                                 where s.stage = 'START' and s.status = 'FINAL'
                                   and s.instrument in ('top', 'aor', 'phq9', 'gad7')
                                   and %s between :cohortEarliest and :cohortLatest%s) q
                         where q.nearest = 1%s) c
                  left join assessment_outcome_score sv on sv.record_id = c.start_id
                       and sv.score in ('alcohol_days', %s, 'injecting_days', 'paid_work_days', 'total')
                  left join assessment_outcome_score rv on rv.record_id = c.review_id and rv.score = sv.score
                  left join assessment_outcome_answer sa
                       on sa.record_id = case when c.instrument in ('top', 'aor') then c.start_id end
                       and sa.item = 'acute_housing'
                  left join assessment_outcome_answer ra
                       on ra.record_id = case when c.instrument in ('top', 'aor') then c.review_id end
                       and ra.item = 'acute_housing'
                 group by c.start_id, c.client_key, c.episode_id, c.organisation_id, c.instrument, c.review_on%s
                """.formatted(
                        scope.keyed() ? ", c.cohort_key" : "",
                        VALUES,
                        scope.keyed() ? ", q.cohort_key" : "",
                        scope.keyed() ? ", " + scope.key() + " as cohort_key" : "",
                        DAYS,
                        scope.join(),
                        DAYS,
                        scope.starts(),
                        scope.reviews(),
                        DRUG_DAYS,
                        scope.keyed() ? ", c.cohort_key" : "");
    }

    /** A record's value of a score, read by key (null when it has none). */
    static String score(String record, String score) {
        return "(select v.score_value from assessment_outcome_score v where v.record_id = " + record
                + " and v.score = '" + score + "')";
    }

    /** The values of the window's parameters. */
    static Map<String, Object> params(CohortSettings settings) {
        return Map.of(
                "cohortTarget", settings.targetDays(),
                "cohortEarliest", settings.earliestDays(),
                "cohortLatest", settings.latestDays());
    }

    /** The condition, over a pair {@code p}, that its instrument is one the measure compares. */
    static String scope(OutcomeMeasure measure) {
        return "p.instrument in ("
                + measure.instruments().stream().map(i -> "'" + i + "'").collect(Collectors.joining(", ")) + ")";
    }

    private static String value(String column, String expression) {
        return "       max(" + expression.formatted("sv") + ") as s_" + column + ",\n       max("
                + expression.formatted("rv") + ") as r_" + column;
    }

    /**
     * Which pairs to choose: a join to the start record {@code s} (e.g. its episode {@code e}), conditions on the
     * start record ({@code s}, ahead of the window so they use the indexes) and on the chosen review
     * ({@code q.review_on}), each beginning {@code " and"}, and the expression a pair is counted under (or null).
     */
    record Scope(String join, String starts, String reviews, String key) {

        static final Scope ALL = new Scope("", "", "", "");

        boolean keyed() {
            return !key.isEmpty();
        }
    }
}
