package org.onedoor.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.instrument.InstrumentDefinition;
import org.onedoor.assessment.instrument.Instruments;
import org.onedoor.assessment.instrument.OutcomeStage;
import org.onedoor.assessment.instrument.Score;
import org.onedoor.assessment.instrument.ScoreRule;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.AccessPolicy;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A client's outcome records, for a person who may open the client: the list (drafts and voided records included,
 * marked), one record in full, and the trajectory of final scores. Two set-based queries per page whatever the
 * number of records; every read is audited.
 */
@Service
public class OutcomeReading {

    private static final String RECORDS = """
            select r.id, r.instrument, r.instrument_version, r.episode_id, r.stage, r.done_on, r.status, r.entered_at,
                   r.entered_by, r.void_reason, r.voided_by,
                   (select count(*) from assessment_outcome_risk k where k.record_id = r.id) risks
              from assessment_outcome_record r
             where r.client_id = :client
            """;

    private final JdbcClient jdbc;
    private final Instruments instruments;
    private final OutcomeStore store;
    private final OutcomeNotes notes;
    private final AccessPolicy access;

    OutcomeReading(
            JdbcClient jdbc, Instruments instruments, OutcomeStore store, OutcomeNotes notes, AccessPolicy access) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.store = store;
        this.notes = notes;
        this.access = access;
    }

    /** Every outcome record of the client, the most recently done first (drafts, undated, first of all). */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public List<OutcomeSummary> forClient(UUID clientId) {
        AccessDecision decision = access.require(clientId);
        List<OutcomeSummary> found =
                summaries(clientId, RECORDS + " order by r.done_on desc nulls first, r.entered_at desc", null);
        notes.viewed(clientId, decision, "Outcome records (" + found.size() + ")");
        return found;
    }

    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public OutcomeDetail one(UUID clientId, UUID recordId) {
        AccessDecision decision = access.require(clientId);
        OutcomeSummary summary = summaries(clientId, RECORDS + " and r.id = :record", recordId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFound("Outcome record", recordId));
        InstrumentDefinition definition =
                instruments.find(summary.instrument(), summary.version()).orElseThrow();
        notes.viewed(clientId, decision, "Outcome record: " + definition.shortTitle());
        return new OutcomeDetail(summary, definition, store.answersOf(recordId));
    }

    /** The final scores of every charted score, per instrument and score, oldest first. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public Trajectory trajectory(UUID clientId) {
        AccessDecision decision = access.require(clientId);
        Map<String, List<Trajectory.Point>> points = new HashMap<>();
        jdbc.sql("""
                select r.instrument, s.score, r.done_on, r.stage, s.score_value, s.band
                  from assessment_outcome_record r
                  join assessment_outcome_score s on s.record_id = r.id
                 where r.client_id = :client and r.status = 'FINAL'
                 order by r.done_on, r.entered_at
                """)
                .param("client", clientId)
                .query((rs, n) -> points.computeIfAbsent(
                                rs.getString(1) + "/" + rs.getString(2), k -> new ArrayList<>())
                        .add(new Trajectory.Point(
                                rs.getObject(3, LocalDate.class),
                                stage(rs.getString(4)),
                                rs.getBigDecimal(5),
                                rs.getString(6))))
                .list();
        List<Trajectory.Series> series = new ArrayList<>();
        for (InstrumentDefinition definition : instruments.current()) {
            for (ScoreRule rule : definition.scores()) {
                List<Trajectory.Point> found = points.get(definition.id() + "/" + rule.id());
                if (rule.chart() && found != null) {
                    series.add(new Trajectory.Series(
                            definition.id(),
                            definition.shortTitle(),
                            rule.id(),
                            rule.label(),
                            rule.min(),
                            rule.max(),
                            List.copyOf(found)));
                }
            }
        }
        notes.viewed(clientId, decision, "Outcome trajectories (" + series.size() + " measures)");
        return new Trajectory(series);
    }

    private List<OutcomeSummary> summaries(UUID clientId, String sql, @Nullable UUID recordId) {
        var statement = jdbc.sql(sql).param("client", clientId);
        if (recordId != null) {
            statement = statement.param("record", recordId);
        }
        Map<UUID, OutcomeSummary> found = new LinkedHashMap<>();
        statement
                .query((rs, n) -> {
                    String instrument = rs.getString("instrument");
                    int version = rs.getInt("instrument_version");
                    String title = instruments
                            .find(instrument, version)
                            .map(InstrumentDefinition::shortTitle)
                            .orElse(instrument);
                    Instant at = DbTime.instant(rs, "entered_at");
                    UUID id = rs.getObject("id", UUID.class);
                    return found.put(
                            id,
                            new OutcomeSummary(
                                    id,
                                    instrument,
                                    version,
                                    title,
                                    rs.getObject("episode_id", UUID.class),
                                    stage(rs.getString("stage")),
                                    rs.getObject("done_on", LocalDate.class),
                                    OutcomeStatus.valueOf(rs.getString("status")),
                                    at,
                                    rs.getString("entered_by"),
                                    rs.getString("void_reason"),
                                    rs.getString("voided_by"),
                                    new ArrayList<>(),
                                    rs.getLong("risks") > 0));
                })
                .list();
        if (!found.isEmpty()) {
            jdbc.sql("""
                    select s.record_id, s.score, s.label, s.score_value, s.band from assessment_outcome_score s
                     where s.record_id in (:records) order by s.record_id
                    """)
                    .param("records", found.keySet())
                    .query((rs, n) -> found.get(rs.getObject(1, UUID.class))
                            .scores()
                            .add(new Score(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5))))
                    .list();
        }
        return List.copyOf(found.values());
    }

    private static @Nullable OutcomeStage stage(@Nullable String stage) {
        return stage == null ? null : OutcomeStage.valueOf(stage);
    }
}
