package org.onedoor.assessment.cohort;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The outcome measures each client met, published as one SQL definition (the facts of {@code report_outcome}) for other
 * modules to embed in their own set-based statements (contract's evidence snapshot; ADR 0018), published as the
 * named interface {@code assessment::cohort}. The cohort measures are the pairs of {@link OutcomePairs} that
 * {@link OutcomeMeasure#metSql} accepts, with the same settings {@link CohortOutcomes} counts with, shown on the day of
 * the 6-month review; {@link #HEPATITIS_C_TEST} is a
 * hepatitis C test of a client whose TOP or AOR in the same episode records injecting days, shown on the later of
 * the test and the first such record; {@link #HEALTH_CHECK} is a physical-health record answering yes to "had a
 * health check in the last year", shown on the day it was done. Drafts and voided records are not in
 * {@code report_outcome}, so a void takes the measure out of the next statement that embeds this.
 */
@Component
@NamedInterface("cohort")
public class OutcomeMeasureEvents {

    /** The measure name of a hepatitis C test for a client who injects. */
    public static final String HEPATITIS_C_TEST = "HEPATITIS_C_TEST";

    /** The measure name of a health check recorded on a physical-health record. */
    public static final String HEALTH_CHECK = "HEALTH_CHECK";

    /** The CTE {@link #sql()} ends with. */
    public static final String RELATION = "outcome_measure_event";

    private final CohortSettings settings;

    OutcomeMeasureEvents(CohortSettings settings) {
        this.settings = settings;
    }

    /** Every measure name the events carry: the cohort measures', then the two single-record ones. */
    public static List<String> measureNames() {
        return Stream.concat(
                        Arrays.stream(OutcomeMeasure.values()).map(Enum::name),
                        Stream.of(HEPATITIS_C_TEST, HEALTH_CHECK))
                .toList();
    }

    /**
     * Common table expressions, without the leading {@code with}, ending in {@link #RELATION} (client_key,
     * episode_id, organisation_id, measure, evidence_shown): one row for each record or pair that shows a measure
     * met, so a client may have several for a measure and episode; the consumer takes the first. It reads
     * assessment's own tables by index, with the values as {@code report_outcome} defines them (final records only;
     * a voided hepatitis C test is left out); the pairs are computed once and tried against every cohort measure.
     * Its parameters come with it.
     */
    public OutcomeMeasureSql sql() {
        String measures = Arrays.stream(OutcomeMeasure.values())
                .map(m -> "(cast('" + m.name() + "' as varchar(40)))")
                .collect(Collectors.joining(", "));
        String met = Arrays.stream(OutcomeMeasure.values())
                .map(m -> "(m.measure = '" + m.name() + "' and " + OutcomePairs.scope(m) + " and " + m.metSql(settings)
                        + ")")
                .collect(Collectors.joining("\n        or "));
        return new OutcomeMeasureSql(
                """
                outcome_pair as (
                %s),
                %s (client_key, episode_id, organisation_id, measure, evidence_shown) as (
                  select p.client_key, p.episode_id, p.organisation_id, m.measure, p.review_on
                    from outcome_pair p
                   cross join (values %s) as m (measure)
                   where %s
                  union all
                  select t.client_id, t.episode_id, t.organisation_id, '%s', greatest(t.tested_on, min(i.done_on))
                    from assessment_bbv_test t
                    join assessment_outcome_record i on i.client_id = t.client_id and i.status = 'FINAL'
                         and i.instrument in ('top', 'aor')
                         and (i.episode_id = t.episode_id or (i.episode_id is null and t.episode_id is null))
                         and %s > 0
                   where t.virus = 'HEPATITIS_C' and not t.voided
                   group by t.id, t.client_id, t.episode_id, t.organisation_id, t.tested_on
                  union all
                  select h.client_id, h.episode_id, h.organisation_id, '%s', h.done_on
                    from assessment_outcome_record h
                    join assessment_outcome_answer a on a.record_id = h.id and a.item = 'health_check'
                         and a.answer = 'Y'
                   where h.status = 'FINAL' and h.instrument = 'physical-health'
                )
                """.formatted(
                                OutcomePairs.select(),
                                RELATION,
                                measures,
                                met,
                                HEPATITIS_C_TEST,
                                OutcomePairs.score("i.id", "injecting_days"),
                                HEALTH_CHECK),
                OutcomePairs.params(settings));
    }
}
