package org.onedoor.assessment.cohort;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pairing of {@link CohortOutcomes} written for embedding in another module's statement (ADR 0018), over
 * assessment's own tables so that both databases plan it by index ({@code ix_assessment_outcome_client}; the
 * grouped {@code report_outcome} view, joined to itself, is evaluated again for every start record by H2): each
 * final start record of TOP, AOR, PHQ-9 or GAD-7 paired with the same client's final reviews of the same instrument
 * and episode within the window, the nearest to the target first ({@code nearest = 1}; of two equally near, the
 * earlier, as {@link SixMonthReview} chooses). The chosen pair's values are read by key as {@code report_outcome}
 * defines them, as {@code s_<column>} and {@code r_<column>} for {@link OutcomeMeasure#problemSql} and
 * {@link OutcomeMeasure#metSql}. Parameters are prefixed {@code cohort}. {@code OutcomeMeasureEventsIntegrationTest}
 * proves it counts as {@link CohortOutcomes} does.
 */
final class OutcomePairs {

    private static final String DAYS =
            "extract(day from (cast(r.done_on as timestamp) - cast(s.done_on as timestamp)))";
    private static final String DRUG_DAYS =
            "'opiates_days', 'crack_days', 'cocaine_days', 'amphetamines_days', 'cannabis_days', 'other_days'";

    private OutcomePairs() {}

    /** The chosen pairs with their values, as a select to use as a CTE. */
    static String select() {
        return """
                select c.client_id as client_key, c.episode_id, c.organisation_id, c.instrument, c.review_on,
                %s,
                %s
                  from (select s.id as start_id, r.id as review_id, s.client_id, s.episode_id, s.organisation_id,
                               s.instrument, r.done_on as review_on,
                               row_number() over (partition by s.id order by abs(%s - :cohortTarget), r.done_on,
                                                  r.id) as nearest
                          from assessment_outcome_record s
                          join assessment_outcome_record r on r.client_id = s.client_id
                               and r.instrument = s.instrument and r.status = 'FINAL' and r.stage = 'REVIEW'
                               and (r.episode_id = s.episode_id or (r.episode_id is null and s.episode_id is null))
                         where s.status = 'FINAL' and s.stage = 'START' and s.instrument in ('top', 'aor', 'phq9', 'gad7')
                           and %s between :cohortEarliest and :cohortLatest) c
                 where c.nearest = 1
                """.formatted(values("s", "c.start_id"), values("r", "c.review_id"), DAYS, DAYS);
    }

    /** A record's value of a score, read by key (null when it has none). */
    static String score(String record, String score) {
        return "(select v.score_value from assessment_outcome_score v where v.record_id = " + record
                + " and v.score = '" + score + "')";
    }

    /** The pair's values on one side ({@code s} start, {@code r} review), as {@code report_outcome} has them. */
    private static String values(String side, String record) {
        return String.join(
                ",\n",
                "case c.instrument when 'aor' then " + score(record, "alcohol_days")
                        + " when 'top' then (select max(v.score_value) from assessment_outcome_score v"
                        + " where v.record_id = " + record + " and v.score in (" + DRUG_DAYS + ")) end as " + side
                        + "_main_days",
                score(record, "injecting_days") + " as " + side + "_injecting_days",
                score(record, "paid_work_days") + " as " + side + "_paid_work_days",
                "(select case a.answer when 'Y' then 1 when 'N' then 0 end from assessment_outcome_answer a"
                        + " where a.record_id = " + record + " and a.item = 'acute_housing') as " + side + "_housing",
                "case when c.instrument = 'phq9' then " + score(record, "total") + " end as " + side + "_phq9_total",
                "case when c.instrument = 'gad7' then " + score(record, "total") + " end as " + side + "_gad7_total");
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
}
