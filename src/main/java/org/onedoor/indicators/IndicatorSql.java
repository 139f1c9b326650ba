package org.onedoor.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The common table expressions every indicator starts from, over the live record's {@code indicator_intervention}
 * and the imported activity files ({@link ImportedActivity}) as one relation, as of a date:
 * {@code facts} (rows triaged by then, later dates blanked so records after the as-of date are ignored),
 * {@code episodes} (one row per episode), {@code cohort} (rows in structured treatment in the window and in scope,
 * domain reference 3.8) and {@code placed} (each person of the cohort once, in the substance group of their latest
 * episode in the window).
 */
final class IndicatorSql {

    private static final String FACTS = """
            with facts as (
              select person_key, born_on, agency, provider_id, practice_id, episode_key, triaged_on, referred_on,
                     case when first_offered_on <= :asOf then first_offered_on end as first_offered_on,
                     case when started_on <= :asOf then started_on end as started_on,
                     case when ended_on <= :asOf then ended_on end as ended_on,
                     case when discharged_on <= :asOf then discharged_on end as discharged_on,
                     case when discharged_on <= :asOf then discharge_class end as discharge_class,
                     case when discharged_on <= :asOf then ost_at_exit else 0 end as ost_at_exit,
                     substance_group
                from (select * from indicator_intervention
                      union all
            %2$s) i
               where triaged_on <= :asOf
            ),
            episodes as (
              select person_key, episode_key, min(triaged_on) as triaged_on, max(discharged_on) as discharged_on,
                     max(discharge_class) as discharge_class, max(ost_at_exit) as ost_at_exit,
                     max(substance_group) as substance_group
                from facts
               group by person_key, episode_key
            ),
            cohort as (
              select person_key, episode_key, triaged_on, substance_group, born_on
                from facts
               where started_on <= :to and (ended_on is null or ended_on >= :from) and %1$s
            ),
            placed as (
              select person_key, substance_group, born_on
                from (select person_key, substance_group, born_on,
                             row_number() over (partition by person_key
                                                order by triaged_on desc, episode_key desc) as n
                        from cohort) r
               where n = 1
            )""";

    private IndicatorSql() {}

    /** The common expressions for a scope, to be followed by {@code , more as (…) select …}. */
    static String with(IndicatorScope scope) {
        return FACTS.formatted(condition(scope), ImportedActivity.SELECT);
    }

    /** The scope's condition on a {@code facts} row (unqualified columns). */
    static String condition(IndicatorScope scope) {
        return switch (scope.kind()) {
            case PARTNERSHIP -> "1 = 1";
            case PROVIDER -> "provider_id = :scope";
            case PRACTICE -> "practice_id = :scope";
            case AGENCY -> "agency = :scope";
        };
    }

    /** The parameters of {@link #with}: the window, the as-of date and the scope's organisation. */
    static Map<String, Object> parameters(Window window, LocalDate asOf, IndicatorScope scope) {
        Map<String, Object> parameters = new HashMap<>(ImportedActivity.parameters());
        parameters.put("from", window.from());
        parameters.put("to", window.to());
        parameters.put("asOf", asOf);
        if (scope.organisationId() != null) {
            parameters.put("scope", scope.organisationId());
        } else if (scope.agency() != null) {
            parameters.put("scope", scope.agency());
        }
        return parameters;
    }

    /** {@code date + n months} in SQL both databases read alike, clamped to the month's end like Java's. */
    static String plusMonths(String date, int months) {
        return "(" + date + " + interval '" + months + "' month)";
    }
}
