package org.onedoor.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TOP/AOR and parity indicators (issue 17 item 2) in one statement over assessment's {@code report_outcome}, by
 * substance group: of the persons whose outcome review (a TOP, AOR, PHQ-9 or GAD-7 at stage REVIEW or EXIT) was done
 * in the window and who had the problem at the start of that episode's measurement (its first START record of the
 * same instrument), the share whose review shows it resolved or reliably improved ({@link OutcomeChange}). A person
 * counts once, on their latest review in the window; their group is their episode's, from {@code
 * indicator_intervention}. Records done after the as-of date are ignored. Scopes: a provider or an agency by the
 * episode's provider, a practice by the organisation that recorded the review.
 */
final class OutcomeQuery {

    private static final String SQL = """
            with o as (
              select record_id, client_key, episode_id, organisation_id, instrument, stage, done_on, %1$s as v
                from report_outcome
               where done_on <= :asOf and instrument in (:instruments) and %1$s is not null
            ),
            starts as (
              select client_key, episode_id, instrument, done_on, v
                from (select client_key, episode_id, instrument, done_on, v,
                             row_number() over (partition by client_key, episode_id, instrument
                                                order by done_on, record_id) as n
                        from o where stage = 'START') s
               where n = 1
            ),
            reviews as (
              select r.client_key, r.episode_id, r.organisation_id, r.instrument, r.done_on, r.v, r.record_id
                from o r
               where r.stage in ('REVIEW', 'EXIT') and r.done_on between :from and :to
            ),
            pairs as (
              select r.client_key, r.episode_id, r.organisation_id, case when %3$s then 1 else 0 end as hit,
                     row_number() over (partition by r.client_key order by r.done_on desc, r.record_id desc) as n
                from reviews r
                join starts s on s.client_key = r.client_key and s.instrument = r.instrument
                     and (s.episode_id = r.episode_id or (s.episode_id is null and r.episode_id is null))
                     and s.done_on < r.done_on
               where %2$s
            ),
            episode as (
              select distinct episode_key, provider_id, agency, substance_group
                from indicator_intervention
               where source = 'LIVE'
            ),
            counted as (
              select e.substance_group as g, p.hit
                from pairs p
                left join episode e on e.episode_key = cast(p.episode_id as varchar(80))
               where p.n = 1 and %4$s
            )
            select g, sum(hit), count(*) from counted where g is not null group by g
            union all
            select 'ALL', sum(hit), count(*) from counted
            """;

    private final JdbcClient jdbc;

    OutcomeQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Figures> byGroup(OutcomeChange change, Window window, LocalDate asOf, IndicatorScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", window.from());
        parameters.put("to", window.to());
        parameters.put("asOf", asOf);
        parameters.put("instruments", change.instruments());
        if (scope.organisationId() != null) {
            parameters.put("scope", scope.organisationId());
        } else if (scope.agency() != null) {
            parameters.put("scope", scope.agency());
        }
        String sql = SQL.formatted(change.column(), change.hadProblem(), change.met(), condition(scope));
        return jdbc.sql(sql)
                .params(parameters)
                .query((rs, n) -> Figures.share(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    private static String condition(IndicatorScope scope) {
        return switch (scope.kind()) {
            case PARTNERSHIP -> "1 = 1";
            case PROVIDER -> "e.provider_id = :scope";
            case AGENCY -> "e.agency = :scope";
            case PRACTICE -> "p.organisation_id = :scope";
        };
    }
}
