package org.onedoor.monitoring.trends;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often each substance was named, month by month, in referrals ({@code report_referral}, by the day received),
 * episodes ({@code report_episode}, the substances recorded at triage assessment) and final TOPs
 * ({@code report_top_substance}): one grouped query over the report views, never a query per substance. Months are
 * calendar months in the service's time zone; month 0 is the month asked about, month 1 the one before, and so on.
 */
@Component
class MonthlyMentionsQuery {

    /** One substance in one month: its code (or "OTHER:" and the name as typed on a TOP) and how often. */
    record Mentions(String substance, int monthsBack, long count) {}

    private final JdbcClient jdbc;

    MonthlyMentionsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Mentions> mentions(YearMonth month, int monthsBack, ZoneId zone) {
        StringBuilder months =
                new StringBuilder("with months (back, first_day, next_day, starts_at, ends_at) as (values ");
        for (int i = 0; i <= monthsBack; i++) {
            months.append(i == 0 ? "" : ", ")
                    .append("(")
                    .append(i)
                    .append(", cast(:d")
                    .append(i)
                    .append(" as date), cast(:n")
                    .append(i)
                    .append(" as date), cast(:s")
                    .append(i)
                    .append(" as timestamp with time zone), cast(:e")
                    .append(i)
                    .append(" as timestamp with time zone))");
        }
        months.append(")\n");
        var statement = jdbc.sql(months + SQL);
        for (int i = 0; i <= monthsBack; i++) {
            LocalDate first = month.minusMonths(i).atDay(1);
            LocalDate next = first.plusMonths(1);
            statement = statement
                    .param("d" + i, first)
                    .param("n" + i, next)
                    .param("s" + i, DbTime.startOfDay(first, zone))
                    .param("e" + i, DbTime.startOfDay(next, zone));
        }
        LocalDate from = month.minusMonths(monthsBack).atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        return statement
                .param("fromDay", from)
                .param("toDay", to)
                .param("fromAt", DbTime.startOfDay(from, zone))
                .param("toAt", DbTime.startOfDay(to, zone))
                .query((rs, n) -> new Mentions(rs.getString(1), rs.getInt(2), rs.getLong(3)))
                .list();
    }

    private static final String SQL = """
            , named (substance, back) as (
                select x.substance, m.back
                  from (select substance_1 as substance, received_at from report_referral
                         where received_at >= :fromAt and received_at < :toAt
                        union all
                        select substance_2, received_at from report_referral
                         where received_at >= :fromAt and received_at < :toAt
                        union all
                        select substance_3, received_at from report_referral
                         where received_at >= :fromAt and received_at < :toAt) x
                  join months m on x.received_at >= m.starts_at and x.received_at < m.ends_at
                 where x.substance is not null
                union all
                select y.substance, m.back
                  from (select substance_1 as substance, triaged_on from report_episode
                         where triaged_on >= :fromDay and triaged_on < :toDay
                        union all
                        select substance_2, triaged_on from report_episode
                         where triaged_on >= :fromDay and triaged_on < :toDay
                        union all
                        select substance_3, triaged_on from report_episode
                         where triaged_on >= :fromDay and triaged_on < :toDay) y
                  join months m on y.triaged_on >= m.first_day and y.triaged_on < m.next_day
                 where y.substance is not null
                union all
                select coalesce(t.substance_code, 'OTHER:' || upper(t.other_name)), m.back
                  from report_top_substance t
                  join months m on t.done_on >= m.first_day and t.done_on < m.next_day
                 where t.done_on >= :fromDay and t.done_on < :toDay
            )
            select substance, back, count(*) from named group by substance, back order by substance, back
            """;

    static List<Long> series(List<Mentions> rows, String substance, int monthsBack) {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i <= monthsBack; i++) {
            counts.add(0L);
        }
        rows.stream().filter(r -> r.substance().equals(substance)).forEach(r -> counts.set(r.monthsBack(), r.count()));
        return counts;
    }
}
