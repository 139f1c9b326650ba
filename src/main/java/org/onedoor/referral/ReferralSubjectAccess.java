package org.onedoor.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referrals part of a client's subject-access export: every referral linked to the client (voided ones too,
 * marked so), oldest first, with how far each went. The client module audits the export; this only reads.
 */
@Component
class ReferralSubjectAccess implements SubjectAccessSection {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralSubjectAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Referrals";
    }

    @Override
    public Set<String> tables() {
        return Set.of("referral", "referral_risk");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> risks = new java.util.HashMap<>();
        jdbc.sql("select k.referral_id, k.risk from referral_risk k join referral r on r.id = k.referral_id"
                        + " where r.client_id in (:clients) order by k.risk")
                .param("clients", clientIds)
                .query(rs -> {
                    risks.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(Risk.valueOf(rs.getString(2)).label());
                });
        return jdbc.sql("""
                select r.reference, r.received_at, r.channel, src.label source_label, r.referrer_name,
                       r.referrer_organisation, s1.label s1, s2.label s2, s3.label s3, r.status, r.triage_outcome,
                       r.triage_reason, a.name allocated_name, r.allocated_at, r.routing_reason, r.override_reason,
                       r.accepted_at, r.returned_at, r.return_reason, r.closed_at, r.voided_at, r.void_reason,
                       r.id
                  from referral r
                  join referral_source src on src.code = r.source
                  join referral_substance s1 on s1.code = r.substance_1
                  left join referral_substance s2 on s2.code = r.substance_2
                  left join referral_substance s3 on s3.code = r.substance_3
                  left join report_organisation a on a.organisation_id = r.allocated_to
                 where r.client_id in (:clients)
                 order by r.received_at, r.reference
                """)
                .param("clients", clientIds)
                .query((rs, n) -> item(rs, risks.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    private SubjectAccessItem item(ResultSet rs, List<String> risks) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Reference", rs.getString("reference"));
        put(fields, "Received", moment(rs, "received_at"));
        put(fields, "Came in by", Channel.valueOf(rs.getString("channel")).label());
        String referrer = rs.getString("referrer_name");
        String organisation = rs.getString("referrer_organisation");
        put(
                fields,
                "Referred by",
                rs.getString("source_label")
                        + (referrer == null ? "" : ": " + referrer)
                        + (organisation == null ? "" : ", " + organisation));
        put(
                fields,
                "Problem substances",
                String.join(
                        ", ",
                        java.util.stream.Stream.of(rs.getString("s1"), rs.getString("s2"), rs.getString("s3"))
                                .filter(java.util.Objects::nonNull)
                                .toList()));
        put(fields, "Risks recorded", String.join(", ", risks));
        put(fields, "Status", ReferralStatus.valueOf(rs.getString("status")).label());
        String outcome = rs.getString("triage_outcome");
        put(
                fields,
                "Triage outcome",
                outcome == null ? null : TriageOutcome.valueOf(outcome).label());
        put(fields, "Triage reason", rs.getString("triage_reason"));
        String allocated = rs.getString("allocated_name");
        String override = rs.getString("override_reason");
        put(
                fields,
                "Allocated",
                allocated == null
                        ? null
                        : "To " + allocated + " on " + moment(rs, "allocated_at")
                                + (override != null
                                        ? " instead of the proposal: " + override
                                        : ". " + rs.getString("routing_reason")));
        put(fields, "Accepted", moment(rs, "accepted_at"));
        String returned = moment(rs, "returned_at");
        put(fields, "Returned", returned == null ? null : returned + ": " + rs.getString("return_reason"));
        put(fields, "Closed", moment(rs, "closed_at"));
        String voided = moment(rs, "voided_at");
        put(fields, "Voided as made in error", voided == null ? null : voided + ": " + rs.getString("void_reason"));
        return new SubjectAccessItem("Referral " + rs.getString("reference"), fields);
    }

    private @Nullable String moment(ResultSet rs, String column) throws SQLException {
        Instant at = DbTime.instantOrNull(rs, column);
        return at == null ? null : MOMENT.format(at.atZone(clock.getZone()));
    }

    private static void put(Map<String, String> fields, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            fields.put(label, value);
        }
    }
}
