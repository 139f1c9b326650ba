package org.onedoor.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The IG lead's two access reports, each one SQL statement over the audit trail's {@code report_access_log} view
 * (plus one to count): views outside the viewer's caseload, and users viewing unusually many clients in a day.
 */
@Component
class AccessReportQueries {

    /** Views of clients on days the viewer was not the named worker of an active care-team entry for them. */
    private static final String OUTSIDE_CASELOAD = """
            select v.username, v.client_id, c.reference, c.legal_given_name, c.legal_family_name,
                   count(*) as views, min(v.recorded_at) as first_at, max(v.recorded_at) as last_at,
                   max(v.under_break_glass) as under_break_glass
              from (select l.username, l.subject_id as client_id, l.recorded_at,
                           case when exists (select 1 from client_break_glass b
                                              where b.client_id = l.subject_id and b.username = l.username
                                                and l.recorded_at >= b.opened_at and l.recorded_at <= b.expires_at)
                                then 1 else 0 end as under_break_glass
                      from report_access_log l
                      join %s on l.recorded_at >= report_day.day_start and l.recorded_at < report_day.day_end
                     where l.action = 'VIEW' and l.subject_kind = 'CLIENT'
                       and l.recorded_at >= :periodStart and l.recorded_at < :periodEnd
                       and not exists (select 1 from client_care_team t
                                        where t.client_id = l.subject_id and t.worker_username = l.username
                                          and t.started_on <= report_day.on_day
                                          and (t.ended_on is null or t.ended_on >= report_day.on_day))) v
              join client c on c.id = v.client_id
             group by v.username, v.client_id, c.reference, c.legal_given_name, c.legal_family_name
            """;

    /** Distinct clients each user viewed per local day, where more than the threshold. */
    private static final String UNUSUAL_VOLUMES = """
            select l.username, report_day.on_day, count(distinct l.subject_id) as clients, count(*) as views
              from report_access_log l
              join %s on l.recorded_at >= report_day.day_start and l.recorded_at < report_day.day_end
             where l.action = 'VIEW' and l.subject_kind = 'CLIENT'
               and l.recorded_at >= :periodStart and l.recorded_at < :periodEnd
             group by l.username, report_day.on_day
            having count(distinct l.subject_id) > :threshold
            """;

    private final JdbcClient jdbc;

    AccessReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ResultPage<OutsideCaseloadAccess> outsideCaseload(ReviewPeriod period, int page, int size) {
        String body = OUTSIDE_CASELOAD.formatted(period.daysTable());
        long total = period.bind(jdbc.sql("select count(*) from (" + body + ") counted"))
                .query(Long.class)
                .single();
        List<OutsideCaseloadAccess> items = period.bind(jdbc.sql(body + """
                 order by max(v.recorded_at) desc, v.username, c.reference
                 offset :offset rows fetch next :size rows only
                """))
                .param("offset", ResultPage.offset(page, size))
                .param("size", size)
                .query((rs, n) -> new OutsideCaseloadAccess(
                        rs.getString("username"),
                        rs.getObject("client_id", UUID.class),
                        rs.getString("reference"),
                        rs.getString("legal_given_name") + " " + rs.getString("legal_family_name"),
                        rs.getLong("views"),
                        DbTime.instant(rs, "first_at"),
                        DbTime.instant(rs, "last_at"),
                        rs.getInt("under_break_glass") > 0))
                .list();
        return new ResultPage<>(items, page, size, total);
    }

    ResultPage<UnusualVolume> unusualVolumes(ReviewPeriod period, int threshold, int page, int size) {
        String body = UNUSUAL_VOLUMES.formatted(period.daysTable());
        long total = period.bind(jdbc.sql("select count(*) from (" + body + ") counted"))
                .param("threshold", threshold)
                .query(Long.class)
                .single();
        List<UnusualVolume> items = period.bind(jdbc.sql(body + """
                 order by report_day.on_day desc, count(distinct l.subject_id) desc, l.username
                 offset :offset rows fetch next :size rows only
                """))
                .param("threshold", threshold)
                .param("offset", ResultPage.offset(page, size))
                .param("size", size)
                .query((rs, n) -> new UnusualVolume(
                        rs.getString("username"),
                        rs.getObject("on_day", LocalDate.class),
                        rs.getLong("clients"),
                        rs.getLong("views")))
                .list();
        return new ResultPage<>(items, page, size, total);
    }
}
