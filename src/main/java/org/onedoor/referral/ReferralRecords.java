package org.onedoor.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.Sex;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads one referral whole, for its page and for the API; every read is a view written to the audit trail. */
@Service
public class ReferralRecords {

    private final JdbcClient jdbc;
    private final ReferralHistory history;
    private final ReferralAudit audit;

    ReferralRecords(JdbcClient jdbc, ReferralHistory history, ReferralAudit audit) {
        this.jdbc = jdbc;
        this.history = history;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyAuthority('REFERRAL_QUEUE_VIEW', 'REFERRAL_CREATE')")
    public ReferralView view(UUID id) {
        List<Risk> risks = jdbc
                .sql("select risk from referral_risk where referral_id = ? order by risk")
                .param(id)
                .query(String.class)
                .list()
                .stream()
                .map(Risk::valueOf)
                .sorted()
                .toList();
        ReferralView view = jdbc.sql("""
                        select r.*, src.label source_label, s1.label s1, s2.label s2, s3.label s3, p.name practice,
                               s1.substance_group main_group, i.label intervention_label, g.label group_label,
                               a.name allocated_name, c.current_client_id linked_client_id,
                               c.current_reference linked_client_reference
                          from referral r
                          join referral_source src on src.code = r.source
                          join referral_substance s1 on s1.code = r.substance_1
                          left join referral_substance s2 on s2.code = r.substance_2
                          left join referral_substance s3 on s3.code = r.substance_3
                          left join report_organisation p on p.organisation_id = r.gp_practice_id
                          left join report_organisation a on a.organisation_id = r.allocated_to
                          left join report_menu_intervention i on i.code = r.needed_intervention
                          left join report_substance_group g on g.code = r.substance_group
                          left join report_client_reference c on c.client_id = r.client_id
                         where r.id = ? and r.voided_at is null
                        """)
                .param(id)
                .query((rs, n) -> view(rs, risks, history.of(id)))
                .optional()
                .orElseThrow(() -> new NotFound("Referral", id));
        audit.viewed(view);
        return view;
    }

    private static ReferralView view(ResultSet rs, List<Risk> risks, List<ReferralEvent> events) throws SQLException {
        List<String> substances = new ArrayList<>();
        for (String column : List.of("s1", "s2", "s3")) {
            if (rs.getString(column) != null) {
                substances.add(rs.getString(column));
            }
        }
        return new ReferralView(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                Channel.valueOf(rs.getString("channel")),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getBoolean("urgent"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                Sex.valueOf(rs.getString("sex")),
                rs.getString("nhs_number"),
                rs.getString("postcode"),
                new ContactDetails(
                        rs.getString("telephone"),
                        rs.getString("email"),
                        rs.getBoolean("may_text"),
                        rs.getBoolean("may_voicemail"),
                        rs.getBoolean("may_write")),
                rs.getString("practice"),
                rs.getString("source_label"),
                rs.getString("referrer_name"),
                rs.getString("referrer_organisation"),
                substances,
                risks,
                rs.getString("notes"),
                DbTime.instant(rs, "received_at"),
                rs.getString("received_by"),
                triage(rs),
                events,
                rs.getString("linked_client_reference") == null
                        ? null
                        : new ReferralView.ClientLink(
                                rs.getObject("linked_client_id", UUID.class), rs.getString("linked_client_reference")));
    }

    private static ReferralView.Triage triage(ResultSet rs) throws SQLException {
        String outcome = rs.getString("triage_outcome");
        return new ReferralView.Triage(
                outcome == null ? null : TriageOutcome.valueOf(outcome),
                rs.getString("triage_reason"),
                rs.getString("main_group"),
                rs.getString("needed_intervention"),
                rs.getString("intervention_label"),
                rs.getString("substance_group"),
                rs.getString("group_label"),
                rs.getString("allocated_name"),
                rs.getString("routing_reason"),
                rs.getString("override_reason"),
                rs.getString("return_reason"));
    }
}
