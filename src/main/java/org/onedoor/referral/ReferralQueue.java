package org.onedoor.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The SPOC queue: open referrals, urgent first, then oldest first, with the waiting standard's breaches counted
 * and flagged. Filtering, counting and paging are SQL, so the queue costs the same per page at any size.
 */
@Service
public class ReferralQueue {

    private static final String FILTER = """
              from referral r
              join referral_substance s on s.code = r.substance_1
              left join report_organisation p on p.organisation_id = r.gp_practice_id
             where r.voided_at is null
               and r.status in (:statuses)
               and (:urgentOnly = false or r.urgent = true)
               and (:channel = '' or r.channel = :channel)
               and (:text = '' or lower(r.given_name || ' ' || r.family_name) like :like
                    or lower(r.reference) = :text or r.nhs_number = :digits)
            """;

    private final JdbcClient jdbc;
    private final ReferralSettings settings;
    private final Clock clock;

    ReferralQueue(JdbcClient jdbc, ReferralSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    public ResultPage<QueueEntry> page(QueueFilter filter) {
        int size = ResultPage.clampSize(filter.size());
        int page = Math.max(0, filter.page());
        long total = bind(jdbc.sql("select count(*) " + FILTER), filter)
                .query(Long.class)
                .single();
        Instant now = clock.instant();
        List<QueueEntry> items = bind(jdbc.sql("""
                        select r.id, r.reference, r.given_name, r.family_name, r.date_of_birth, r.channel, r.status,
                               r.urgent, r.received_at, s.label substance, p.name practice
                        """ + FILTER + """
                         order by r.urgent desc, r.received_at, r.id
                         offset :offset rows fetch next :size rows only
                        """), filter)
                .param("offset", ResultPage.offset(page, size))
                .param("size", size)
                .query((rs, n) -> entry(rs, now))
                .list();
        return new ResultPage<>(items, page, size, total);
    }

    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    public QueueSummary summary() {
        Instant breachBefore = clock.instant().minus(settings.waitingStandard());
        return jdbc.sql("""
                select count(*),
                       count(case when urgent then 1 end),
                       count(case when received_at < :breachBefore then 1 end)
                  from referral where voided_at is null and status in (:statuses)
                """)
                .param("breachBefore", DbTime.toDb(breachBefore))
                .param("statuses", openStatuses())
                .query((rs, n) -> new QueueSummary(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        settings.waitingStandard().toDays()))
                .single();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, QueueFilter filter) {
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase();
        return spec.param(
                        "statuses",
                        filter.status() == null
                                ? openStatuses()
                                : List.of(filter.status().name()))
                .param("urgentOnly", filter.urgentOnly())
                .param(
                        "channel",
                        filter.channel() == null ? "" : filter.channel().name())
                .param("text", text)
                .param("like", "%" + text + "%")
                .param("digits", text.replaceAll("[^0-9]", "").isEmpty() ? "-" : text.replaceAll("[^0-9]", ""));
    }

    private static List<String> openStatuses() {
        return Arrays.stream(ReferralStatus.values())
                .filter(ReferralStatus::isOpen)
                .map(Enum::name)
                .toList();
    }

    private QueueEntry entry(ResultSet rs, Instant now) throws SQLException {
        Instant received = DbTime.instant(rs, "received_at");
        Duration waited = Duration.between(received, now);
        return new QueueEntry(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                Channel.valueOf(rs.getString("channel")),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getBoolean("urgent"),
                received,
                rs.getString("substance"),
                rs.getString("practice"),
                waited.toDays(),
                waited.compareTo(settings.waitingStandard()) > 0);
    }
}
