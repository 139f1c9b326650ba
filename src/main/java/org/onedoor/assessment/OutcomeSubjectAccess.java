package org.onedoor.assessment;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.spi.SubjectAccessFields;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outcome records in a client's subject-access export: every record (drafts and voided ones, marked), with its
 * instrument and version, stage, dates, who entered it, its scores and its answers as recorded.
 */
@Component
class OutcomeSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    OutcomeSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Outcome records and assessments";
    }

    @Override
    public Set<String> tables() {
        return Set.of(
                "assessment_outcome_record",
                "assessment_outcome_answer",
                "assessment_outcome_score",
                "assessment_outcome_risk",
                "assessment_episode");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.instrument, r.instrument_version, r.stage, r.done_on, r.status, r.entered_at, r.entered_by,
                       r.voided_at, r.void_reason,
                       (select string_agg(s.label || ': ' || cast(s.score_value as varchar(20))
                                   || coalesce(' (' || s.band || ')', ''), '; ')
                          from assessment_outcome_score s where s.record_id = r.id) scores,
                       (select string_agg(a.item || ' = ' || a.answer, '; ')
                          from assessment_outcome_answer a where a.record_id = r.id) answers
                  from assessment_outcome_record r
                 where r.client_id in (:clients)
                 order by r.done_on nulls last, r.entered_at
                """)
                .param("clients", clientIds)
                .query((rs, n) -> SubjectAccessFields.of(rs)
                        .text("Instrument", "instrument")
                        .put("Version", rs.getInt("instrument_version"))
                        .text("Stage", "stage")
                        .day("Done on", "done_on")
                        .text("Status", "status")
                        .moment("Entered", "entered_at")
                        .text("Entered by", "entered_by")
                        .text("Scores", "scores")
                        .text("Answers", "answers")
                        .voided()
                        .item(rs.getString("instrument").toUpperCase(java.util.Locale.UK) + " outcome record"))
                .list();
    }
}
