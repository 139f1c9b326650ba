package org.onedoor.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PHOF C19a-c (issue 17 item 3, domain reference 5.2) in one statement, by substance group. The denominator is the
 * adults (18 or over on the window's first day) placed in a group with an intervention open on any day of the window.
 * The numerator is those whose last discharge in the window, transfers aside (a transfer is not an exit), is a
 * successful completion; not an opiate completion while a substitute prescription ran on; not with another episode
 * still open at any agency; and with no new episode at any agency triaged on the discharge day or up to the same day
 * {@code months} calendar months later (clamped to the month's end), as treatment's RePresentationPolicy judges.
 * The exceptions are joins on the person, never a subquery per row, so the statement grows with the population.
 */
final class CompletionQuery {

    private static final String SQL = """
            %1$s,
            exits as (
              select person_key, episode_key, discharged_on, discharge_class, ost_at_exit
                from (select e.person_key, e.episode_key, e.discharged_on, e.discharge_class, e.ost_at_exit,
                             row_number() over (partition by e.person_key
                                 order by e.discharged_on desc,
                                          case when e.discharge_class = 'SUCCESSFUL' then 1 else 0 end,
                                          e.episode_key) as n
                        from episodes e
                        join placed p on p.person_key = e.person_key
                       where e.discharged_on between :from and :to and e.discharge_class <> 'TRANSFER') r
               where n = 1
            ),
            blocked as (
              select distinct x.person_key
                from exits x
                join episodes o on o.person_key = x.person_key and o.episode_key <> x.episode_key
               where (o.triaged_on < x.discharged_on
                      and (o.discharged_on is null or o.discharged_on > x.discharged_on))
                  or (o.triaged_on >= x.discharged_on and o.triaged_on <= %2$s)
            ),
            completed as (
              select x.person_key
                from exits x
                join placed p on p.person_key = x.person_key
                left join blocked b on b.person_key = x.person_key
               where x.discharge_class = 'SUCCESSFUL'
                 and not (p.substance_group = 'OPIATE' and x.ost_at_exit = 1)
                 and b.person_key is null
            )
            select p.substance_group, count(c.person_key) as numerator, count(*) as denominator
              from placed p
              left join completed c on c.person_key = p.person_key
             where p.born_on <= :adultBornBy
             group by p.substance_group
            """;

    private final JdbcClient jdbc;

    CompletionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Figures> byGroup(Window window, LocalDate asOf, IndicatorScope scope, int months) {
        Map<String, Object> parameters = IndicatorSql.parameters(window, asOf, scope);
        parameters.put("adultBornBy", window.from().minusYears(18));
        return jdbc.sql(SQL.formatted(IndicatorSql.with(scope), IndicatorSql.plusMonths("x.discharged_on", months)))
                .params(parameters)
                .query((rs, n) -> Figures.share(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }
}
