package org.onedoor.assessment.cohort;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pairing of {@link CohortOutcomes} written for embedding (ADR 0017): each final start record of TOP, AOR,
 * PHQ-9 or GAD-7 paired with the same client's reviews of the same instrument and episode within the window, the
 * nearest to the target first ({@code nearest = 1}; of two equally near, the earlier, as {@link SixMonthReview}
 * chooses), over the CTE {@code outcome_row} (the rows of {@code report_outcome}, read once). Each pair carries the
 * start's organisation, the review's day and the measured columns as {@code s_<column>} and {@code r_<column>},
 * which {@link OutcomeMeasure#problemSql} and {@link OutcomeMeasure#metSql} read. Parameters are prefixed
 * {@code cohort} so that a consumer can embed the text in its own statement. {@code OutcomeMeasureEventsIntegrationTest}
 * proves it pairs as {@link CohortOutcomes} does.
 */
final class OutcomePairs {

    static final List<String> COLUMNS =
            List.of("main_days", "injecting_days", "paid_work_days", "phq9_total", "gad7_total");

    private static final String DAYS =
            "extract(day from (cast(r.done_on as timestamp) - cast(s.done_on as timestamp)))";

    private OutcomePairs() {}

    /** The pairs as a select over {@code outcome_row}, to use as a CTE. */
    static String select() {
        String pairColumns = COLUMNS.stream()
                .map(c -> "s." + c + " as s_" + c + ", r." + c + " as r_" + c)
                .collect(Collectors.joining(", "));
        return """
                select s.client_key, s.episode_id, s.organisation_id, s.instrument, r.done_on as review_on, %s,
                       case s.acute_housing when 'Y' then 1 when 'N' then 0 end as s_housing,
                       case r.acute_housing when 'Y' then 1 when 'N' then 0 end as r_housing,
                       row_number() over (partition by s.record_id order by abs(%s - :cohortTarget), r.done_on,
                                          r.record_id) as nearest
                  from outcome_row s
                  join outcome_row r on r.client_key = s.client_key and r.instrument = s.instrument
                       and r.stage = 'REVIEW'
                       and (r.episode_id = s.episode_id or (r.episode_id is null and s.episode_id is null))
                 where s.stage = 'START' and s.instrument in ('top', 'aor', 'phq9', 'gad7')
                   and %s between :cohortEarliest and :cohortLatest
                """.formatted(pairColumns, DAYS, DAYS);
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
