package org.onedoor.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One page of an organisation's inbox: the referrals, then the risks and latest screening of just those referrals
 * (two statements for the page, never one per referral).
 */
@Component
class InboxQuery {

    private final JdbcClient jdbc;
    private final Clock clock;

    InboxQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ResultPage<InboxEntry> waiting(UUID organisation, int page, int pageSize) {
        long total = jdbc.sql("select count(*) from referral where allocated_to = ? and status = 'ALLOCATED' "
                        + "and voided_at is null")
                .param(organisation)
                .query(Long.class)
                .single();
        List<InboxEntry> items = jdbc.sql("""
                select r.id, r.reference, r.given_name || ' ' || r.family_name name, r.date_of_birth, r.urgent,
                       i.label intervention, g.label grp, r.allocated_at, r.routing_reason,
                       r.may_text, r.may_voicemail, r.may_write
                  from referral r
                  join report_menu_intervention i on i.code = r.needed_intervention
                  join report_substance_group g on g.code = r.substance_group
                 where r.allocated_to = :organisation and r.status = 'ALLOCATED' and r.voided_at is null
                 order by r.urgent desc, r.allocated_at, r.id
                 offset :offset rows fetch next :size rows only
                """)
                .param("organisation", organisation)
                .param("offset", ResultPage.offset(page, pageSize))
                .param("size", pageSize)
                .query((rs, n) -> {
                    var allocatedAt = DbTime.instant(rs, "allocated_at");
                    return new InboxEntry(
                            rs.getObject("id", UUID.class),
                            rs.getString("reference"),
                            rs.getString("name"),
                            rs.getObject("date_of_birth", LocalDate.class),
                            rs.getBoolean("urgent"),
                            rs.getString("intervention"),
                            rs.getString("grp"),
                            allocatedAt,
                            rs.getString("routing_reason"),
                            Math.max(
                                    0,
                                    Duration.between(allocatedAt, clock.instant())
                                            .toDays()),
                            List.of(),
                            InboxEntry.safeContact(
                                    rs.getBoolean("may_text"),
                                    rs.getBoolean("may_voicemail"),
                                    rs.getBoolean("may_write")),
                            null);
                })
                .list();
        return new ResultPage<>(withDetails(items), Math.max(0, page), pageSize, total);
    }

    private List<InboxEntry> withDetails(List<InboxEntry> items) {
        if (items.isEmpty()) {
            return items;
        }
        List<UUID> ids = items.stream().map(InboxEntry::id).toList();
        Map<UUID, List<String>> risks = new HashMap<>();
        jdbc.sql("select referral_id, risk from referral_risk where referral_id in (:ids) order by risk")
                .param("ids", ids)
                .query((rs, n) -> {
                    risks.computeIfAbsent(rs.getObject("referral_id", UUID.class), k -> new ArrayList<>())
                            .add(Risk.valueOf(rs.getString("risk")).label());
                    return null;
                })
                .list();
        Map<UUID, String> screening = new HashMap<>();
        jdbc.sql("""
                        select referral_id, tool, score, band, recommended_response, positive
                          from referral_screening
                         where referral_id in (:ids)
                         order by screened_at, seq
                        """)
                .param("ids", ids)
                .query((rs, n) -> {
                    screening.put(
                            rs.getObject("referral_id", UUID.class),
                            screening(
                                    rs.getString("tool"),
                                    rs.getInt("score"),
                                    rs.getString("band"),
                                    rs.getString("recommended_response"),
                                    rs.getBoolean("positive")));
                    return null;
                })
                .list();
        return items.stream()
                .map(e -> e.with(risks.getOrDefault(e.id(), List.of()), screening.get(e.id())))
                .toList();
    }

    /** "AUDIT-C score 8, positive (increasing risk): brief advice". */
    static String screening(String tool, int score, String band, String response, boolean positive) {
        String name = tool.replace('_', '-');
        String bandWords = band == null ? "" : " (" + words(band) + ")";
        return name + " score " + score + ", " + (positive ? "positive" : "negative") + bandWords + ": "
                + words(response);
    }

    private static String words(String code) {
        return code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
