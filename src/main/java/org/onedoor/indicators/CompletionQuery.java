package org.onedoor.indicators;

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
 * The last discharge is the one no other beats (later, or the same day and unsuccessful or a smaller key), written as
 * anti-joins on the person so that H2, which has no hash join, follows the tables' keys instead of re-reading a
 * ranked subquery per person; PostgreSQL turns them into hash anti-joins.
 */
final class CompletionQuery {

    private static final String SQL = """
            select p.substance_group, count(c.person_key) as numerator, count(*) as denominator
              from indicator_placed p
              left join (
                select x.person_key
                  from indicator_episodes x
                  join indicator_placed q on q.person_key = x.person_key
                 where x.discharge_class = 'SUCCESSFUL' and x.discharged_on between :from and :to
                   and not (q.substance_group = 'OPIATE' and x.ost_at_exit = 1)
                   and not exists (
                       select 1 from indicator_episodes y
                        where y.person_key = x.person_key and y.episode_key <> x.episode_key
                          and y.discharged_on between :from and :to and y.discharge_class <> 'TRANSFER'
                          and (y.discharged_on > x.discharged_on
                               or (y.discharged_on = x.discharged_on
                                   and (y.discharge_class <> 'SUCCESSFUL' or y.episode_key < x.episode_key))))
                   and not exists (
                       select 1 from indicator_episodes o
                        where o.person_key = x.person_key and o.episode_key <> x.episode_key
                          and ((o.triaged_on < x.discharged_on
                                and (o.discharged_on is null or o.discharged_on > x.discharged_on))
                               or (o.triaged_on >= x.discharged_on and o.triaged_on <= %s)))) c
                on c.person_key = p.person_key
             where p.born_on <= :adultBornBy
             group by p.substance_group
            """;

    private final JdbcClient jdbc;

    CompletionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the window whose persons {@link IndicatorTables#place} placed last. */
    List<Figures> byGroup(Window window, IndicatorScope scope, int months) {
        Map<String, Object> parameters = IndicatorSql.parameters(window, scope);
        parameters.put("adultBornBy", window.from().minusYears(18));
        return jdbc.sql(SQL.formatted(IndicatorSql.plusMonths("x.discharged_on", months)))
                .params(parameters)
                .query((rs, n) -> Figures.share(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }
}
