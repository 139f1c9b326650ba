package org.onedoor.assessment.cohort;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one statement that counts cohort outcome measures: the pairs {@link OutcomePairs} chooses for the period's
 * final start records (found by {@code ix_assessment_outcome_stage_done}) whose chosen review falls in the period,
 * keyed by the cohort they are counted under and summed per cohort. Its first form self-joined the grouped
 * {@code report_outcome} view, which H2 evaluated again for every start record (1.5 to 2.4 s for the demo's 150
 * clients). {@link OutcomeMeasure} supplies each measure's definition.
 */
final class CohortSql {

    private CohortSql() {}

    static String count(CohortFilter filter, CohortSettings settings) {
        String only = " and s.done_on >= :startsFrom and s.done_on <= :startsTo"
                + (filter.organisation() == null ? "" : " and s.organisation_id = :organisation")
                + (filter.partner() == null ? "" : " and e.provider_id = :partner")
                + (filter.substanceGroup() == null ? "" : " and e.reporting_substance_group = :substanceGroup");
        String key = switch (filter.by()) {
            case ORGANISATION -> "s.organisation_id";
            case PARTNER -> "e.provider_id";
            case SUBSTANCE_GROUP -> "e.reporting_substance_group";
        };
        OutcomePairs.Scope scope = new OutcomePairs.Scope(
                "\n left join assessment_episode e on e.id = s.episode_id",
                only,
                " and q.review_on >= :from and q.review_on <= :to",
                key);
        boolean named = filter.by() != CohortBreakdown.SUBSTANCE_GROUP;
        String counts = Arrays.stream(OutcomeMeasure.values())
                .map(m -> count(m, settings))
                .collect(Collectors.joining(",\n"));
        return """
                select p.cohort_key, %s as name,
                %s
                  from (%s) p
                  %s
                 group by p.cohort_key%s
                """.formatted(
                        named ? "o.name" : "cast(null as varchar(160))",
                        counts,
                        OutcomePairs.select(scope),
                        named ? "left join report_organisation o on o.organisation_id = p.cohort_key" : "",
                        named ? ", o.name" : "");
    }

    private static String count(OutcomeMeasure measure, CohortSettings settings) {
        String name = measure.name().toLowerCase();
        String scope = OutcomePairs.scope(measure) + " and ";
        return "       sum(case when " + scope + measure.problemSql(settings) + " then 1 else 0 end) as " + name
                + "_d,\n       sum(case when " + scope + measure.metSql(settings) + " then 1 else 0 end) as " + name
                + "_n";
    }
}
