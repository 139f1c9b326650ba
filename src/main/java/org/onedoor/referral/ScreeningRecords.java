package org.onedoor.referral;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.onedoor.assessment.alcohol.AlcoholScreeningResult;
import org.onedoor.assessment.alcohol.AuditCResult;
import org.onedoor.assessment.alcohol.AuditResult;
import org.onedoor.assessment.alcohol.FastResult;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps each screening done at triage: raw answers, score, band and recommended response. */
@Component
class ScreeningRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    ScreeningRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A screening as kept on the referral. */
    record Screening(
            String tool,
            String answers,
            int score,
            String band,
            String response,
            boolean positive,
            java.time.Instant at,
            String by) {}

    void record(UUID referralId, AlcoholScreeningResult result, String by) {
        String tool;
        String answers;
        String band;
        boolean positive;
        if (result instanceof AuditCResult auditC) {
            tool = "AUDIT_C";
            answers = join(
                    auditC.answers().item1(),
                    auditC.answers().item2(),
                    auditC.answers().item3());
            band = auditC.band().name();
            positive = auditC.positive();
        } else if (result instanceof AuditResult audit) {
            var a = audit.answers();
            tool = "AUDIT";
            answers = join(
                    a.item1(),
                    a.item2(),
                    a.item3(),
                    a.item4(),
                    a.item5(),
                    a.item6(),
                    a.item7(),
                    a.item8(),
                    a.item9(),
                    a.item10());
            band = audit.band().name();
            positive = audit.score() >= 8;
        } else {
            FastResult fast = (FastResult) result;
            tool = "FAST";
            answers = join(
                    fast.answers().q1(),
                    fast.answers().q2(),
                    fast.answers().q3(),
                    fast.answers().q4());
            band = null;
            positive = fast.positive();
        }
        jdbc.sql("""
                insert into referral_screening (id, referral_id, tool, answers, score, band, recommended_response,
                                                positive, screened_at, screened_by)
                values (:id, :referralId, :tool, :answers, :score, :band, :response, :positive, :at, :by)
                """)
                .param("id", UUID.randomUUID())
                .param("referralId", referralId)
                .param("tool", tool)
                .param("answers", answers)
                .param("score", result.score())
                .param("band", band)
                .param("response", result.recommendedResponse().name())
                .param("positive", positive)
                .param("at", DbTime.now(clock))
                .param("by", by)
                .update();
    }

    List<Screening> of(UUID referralId) {
        return jdbc.sql("""
                select tool, answers, score, band, recommended_response, positive, screened_at, screened_by
                  from referral_screening where referral_id = ? order by screened_at, seq
                """)
                .param(referralId)
                .query((rs, n) -> new Screening(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        DbTime.instant(rs, 7),
                        rs.getString(8)))
                .list();
    }

    private static String join(Integer... items) {
        return Stream.of(items).map(item -> item == null ? "" : item.toString()).collect(Collectors.joining(","));
    }
}
