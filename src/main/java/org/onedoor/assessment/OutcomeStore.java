package org.onedoor.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.instrument.OutcomeStage;
import org.onedoor.assessment.instrument.Score;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outcome tables, written and read with plain SQL; callers have checked access and write the audit trail. */
@Component
class OutcomeStore {

    private final JdbcClient jdbc;

    OutcomeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields of a record row that rules and screens need. */
    record Row(
            UUID id,
            UUID clientId,
            @Nullable UUID episodeId,
            String instrument,
            int version,
            @Nullable String stage,
            @Nullable LocalDate doneOn,
            OutcomeStatus status) {}

    Row row(UUID clientId, UUID recordId) {
        return jdbc.sql("""
                select id, client_id, episode_id, instrument, instrument_version, stage, done_on, status
                  from assessment_outcome_record where id = ? and client_id = ?
                """)
                .param(recordId)
                .param(clientId)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        OutcomeStatus.valueOf(rs.getString(8))))
                .optional()
                .orElseThrow(() -> new NotFound("Outcome record", recordId));
    }

    /** The earliest final start record of the instrument, in the episode when one is given, else for the client. */
    @Nullable
    LocalDate startDoneOn(UUID clientId, String instrument, @Nullable UUID episodeId) {
        return jdbc.sql("""
                select min(done_on) from assessment_outcome_record
                 where client_id = :client and instrument = :instrument and stage = 'START' and status = 'FINAL'
                   and (cast(:episode as uuid) is null or episode_id = :episode)
                """)
                .param("client", clientId)
                .param("instrument", instrument)
                .param("episode", episodeId)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    boolean episodeHasStart(UUID episodeId, String instrument, @Nullable UUID except) {
        return jdbc.sql("""
                select count(*) from assessment_outcome_record
                 where episode_id = :episode and instrument = :instrument and stage = 'START' and status = 'FINAL'
                   and (cast(:except as uuid) is null or id <> :except)
                """)
                        .param("episode", episodeId)
                        .param("instrument", instrument)
                        .param("except", except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UUID id, UUID clientId, NewOutcome outcome, int version, UUID organisation, Instant at, String by) {
        jdbc.sql("""
                insert into assessment_outcome_record (id, client_id, episode_id, instrument, instrument_version,
                    stage, done_on, status, organisation_id, entered_at, entered_by)
                values (:id, :client, :episode, :instrument, :version, :stage, :doneOn, :status, :organisation, :at,
                    :by)
                """)
                .param("id", id)
                .param("client", clientId)
                .param("episode", outcome.episodeId())
                .param("instrument", outcome.instrument())
                .param("version", version)
                .param("stage", stage(outcome.stage()))
                .param("doneOn", outcome.doneOn())
                .param("status", (outcome.draft() ? OutcomeStatus.DRAFT : OutcomeStatus.FINAL).name())
                .param("organisation", organisation)
                .param("at", DbTime.toDb(at))
                .param("by", by)
                .update();
    }

    /** A draft completed or saved again: its details and answers replaced (a draft is a working copy). */
    void replaceDraft(UUID id, NewOutcome outcome, Instant at, String by) {
        int changed = jdbc.sql("""
                update assessment_outcome_record set episode_id = :episode, stage = :stage, done_on = :doneOn,
                       status = :status, changed_at = :at, changed_by = :by
                 where id = :id and status = 'DRAFT'
                """)
                .param("id", id)
                .param("episode", outcome.episodeId())
                .param("stage", stage(outcome.stage()))
                .param("doneOn", outcome.doneOn())
                .param("status", (outcome.draft() ? OutcomeStatus.DRAFT : OutcomeStatus.FINAL).name())
                .param("at", DbTime.toDb(at))
                .param("by", by)
                .update();
        if (changed == 0) {
            throw new NotFound("Draft outcome record", id);
        }
        jdbc.sql("delete from assessment_outcome_answer where record_id = ?")
                .param(id)
                .update();
    }

    void answers(UUID id, Map<String, String> answers) {
        answers.forEach((item, answer) -> jdbc.sql(
                        "insert into assessment_outcome_answer (record_id, item, answer) values (?, ?, ?)")
                .params(id, item, answer)
                .update());
    }

    void scores(UUID id, List<Score> scores) {
        scores.forEach(score -> jdbc.sql("""
                insert into assessment_outcome_score (record_id, score, label, score_value, band)
                values (?, ?, ?, ?, ?)
                """)
                .params(id, score.id(), score.label(), score.value(), score.band())
                .update());
    }

    void risk(UUID recordId, UUID clientId, String item, String answer, LocalDate raisedOn, UUID alertId) {
        jdbc.sql("""
                insert into assessment_outcome_risk (id, record_id, item, client_id, answer, raised_on, alert_id)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), recordId, item, clientId, answer, raisedOn, alertId)
                .update();
    }

    boolean hasRisk(UUID recordId, String item) {
        return jdbc.sql("select count(*) from assessment_outcome_risk where record_id = ? and item = ?")
                        .params(recordId, item)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean voidRecord(UUID id, UUID clientId, String reason, Instant at, String by) {
        return jdbc.sql("""
                update assessment_outcome_record set status = 'VOIDED', voided_at = ?, voided_by = ?, void_reason = ?
                 where id = ? and client_id = ? and status <> 'VOIDED'
                """).params(DbTime.toDb(at), by, reason, id, clientId).update() == 1;
    }

    Map<String, String> answersOf(UUID id) {
        Map<String, String> answers = new java.util.HashMap<>();
        jdbc.sql("select item, answer from assessment_outcome_answer where record_id = ?")
                .param(id)
                .query((rs, n) -> answers.put(rs.getString(1), rs.getString(2)))
                .list();
        return answers;
    }

    private static @Nullable String stage(@Nullable String stage) {
        OutcomeStage known = OutcomeRules.stage(stage);
        return known == null ? null : known.name();
    }
}
