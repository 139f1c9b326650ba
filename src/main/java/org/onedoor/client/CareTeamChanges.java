package org.onedoor.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The IG lead's review of care-team changes in a period, newest first: every organisation added (by whom, on what
 * basis, how far backdated, whether the person had broken glass on the record at the time) and every entry ended.
 * One SQL statement (and one to count); what the IG lead sees here is itself audited.
 */
@Service
@PreAuthorize("hasAuthority('CLIENT_ACCESS_REVIEW')")
public class CareTeamChanges {

    private static final String CHANGES = """
            select ch.*, c.reference, c.legal_given_name, c.legal_family_name, o.name as organisation_name,
                   case when exists (select 1 from client_break_glass b
                                      where b.client_id = ch.client_id and b.username = ch.username
                                        and ch.at >= b.opened_at and ch.at <= b.expires_at)
                        then 1 else 0 end as under_break_glass
              from (select t.created_at as at, t.created_by as username, t.client_id, t.organisation_id,
                           t.team_role, 0 as ended, coalesce(t.basis, t.source_kind) as basis,
                           case when t.source_kind = 'CARE_TEAM' then 1 else 0 end as by_hand, t.started_on,
                           cast(null as varchar(500)) as end_reason
                      from client_care_team t
                     where t.created_at >= :periodStart and t.created_at < :periodEnd
                    union all
                    select t.changed_at, t.changed_by, t.client_id, t.organisation_id, t.team_role, 1,
                           coalesce(t.basis, t.source_kind), case when t.source_kind = 'CARE_TEAM' then 1 else 0 end,
                           t.started_on, t.end_reason
                      from client_care_team t
                     where t.ended_on is not null and t.changed_at >= :periodStart and t.changed_at < :periodEnd
                   ) ch
              join client c on c.id = ch.client_id
              left join report_organisation o on o.organisation_id = ch.organisation_id
            """;

    private final JdbcClient jdbc;
    private final ClientAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    CareTeamChanges(JdbcClient jdbc, ClientAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** Changes made from {@code from} to {@code to} (local days, both included), newest first. */
    public ResultPage<CareTeamChange> between(LocalDate from, LocalDate to, int page, int size) {
        ReviewPeriod period = new ReviewPeriod(from, to, zone);
        int pageSize = ResultPage.clampSize(size);
        int first = ResultPage.clampIndex(page);
        long total = jdbc.sql("select count(*) from (" + CHANGES + ") counted")
                .param("periodStart", period.starts())
                .param("periodEnd", period.ends())
                .query(Long.class)
                .single();
        List<CareTeamChange> items = jdbc.sql(CHANGES + """
                 order by ch.at desc, c.reference, ch.ended
                 offset :offset rows fetch next :size rows only
                """)
                .param("periodStart", period.starts())
                .param("periodEnd", period.ends())
                .param("offset", ResultPage.offset(first, pageSize))
                .param("size", pageSize)
                .query((rs, n) -> change(rs))
                .list();
        audit.reviewed("Care-team changes " + from + " to " + to, total);
        return new ResultPage<>(items, first, pageSize, total);
    }

    /** The changes one person made to one client's care team from a moment on (a break-glass opening's review). */
    public List<CareTeamChange> byPersonSince(String username, UUID clientId, java.time.Instant since) {
        return jdbc.sql(CHANGES + " where ch.username = :username and ch.client_id = :client order by ch.at")
                .param("periodStart", DbTime.toDb(since))
                .param("periodEnd", DbTime.toDb(clock.instant().plusSeconds(1)))
                .param("username", username)
                .param("client", clientId)
                .query((rs, n) -> change(rs))
                .list();
    }

    private CareTeamChange change(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant at = DbTime.instant(rs, "at");
        LocalDate started = rs.getObject("started_on", LocalDate.class);
        return new CareTeamChange(
                at,
                rs.getString("username"),
                rs.getObject("client_id", UUID.class),
                rs.getString("reference"),
                rs.getString("legal_given_name") + " " + rs.getString("legal_family_name"),
                rs.getString("organisation_name"),
                CareTeamRole.valueOf(rs.getString("team_role")),
                rs.getInt("ended") == 1,
                rs.getString("basis"),
                rs.getInt("by_hand") == 1,
                started,
                Math.max(0, started.until(LocalDate.ofInstant(at, zone), java.time.temporal.ChronoUnit.DAYS)),
                rs.getString("end_reason"),
                rs.getInt("under_break_glass") == 1);
    }
}
