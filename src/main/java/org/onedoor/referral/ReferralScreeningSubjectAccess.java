package org.onedoor.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.onedoor.assessment.alcohol.RecommendedResponse;
import org.onedoor.client.spi.SubjectAccessFields;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The screening questionnaires done at triage (AUDIT-C, AUDIT, FAST) and every change of state of the client's
 * referrals, in the subject-access export: the answers given, the score, the band and the response recommended.
 */
@Component
class ReferralScreeningSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralScreeningSubjectAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Screening answers and referral history";
    }

    @Override
    public Set<String> tables() {
        return Set.of("referral_screening", "referral_history");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        List<SubjectAccessItem> items = new java.util.ArrayList<>(jdbc.sql("""
                select r.reference, s.tool, s.answers, s.score, s.band, s.recommended_response, s.screened_at,
                       s.screened_by
                  from referral_screening s join referral r on r.id = s.referral_id
                 where r.client_id in (:clients)
                 order by s.screened_at, s.seq
                """)
                .param("clients", clientIds)
                .query((rs, n) -> SubjectAccessFields.of(rs)
                        .text("Referral", "reference")
                        .text("Questionnaire", "tool")
                        .put("Answers (score of each question)", rs.getString("answers"))
                        .put("Score", rs.getInt("score"))
                        .text("Band", "band")
                        .put(
                                "Recommended response",
                                RecommendedResponse.valueOf(rs.getString("recommended_response"))
                                        .label())
                        .put("When", at(DbTime.instant(rs, "screened_at")))
                        .text("By", "screened_by")
                        .item(rs.getString("tool").replace('_', '-') + " screening for referral "
                                + rs.getString("reference")))
                .list());
        items.addAll(jdbc.sql("""
                select r.reference, h.action, h.detail, h.changed_at, h.changed_by
                  from referral_history h join referral r on r.id = h.referral_id
                 where r.client_id in (:clients)
                 order by h.changed_at, h.seq
                """)
                .param("clients", clientIds)
                .query((rs, n) -> SubjectAccessFields.of(rs)
                        .text("What happened", "action")
                        .text("Detail", "detail")
                        .put("When", at(DbTime.instant(rs, "changed_at")))
                        .text("By", "changed_by")
                        .item("Referral " + rs.getString("reference") + ": "
                                + rs.getString("action").toLowerCase(Locale.UK).replace('_', ' ')))
                .list());
        return items;
    }

    private String at(Instant at) {
        return DisplayDate.DAY_AND_TIME.format(at.atZone(clock.getZone()));
    }
}
