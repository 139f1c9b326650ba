package org.onedoor.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.instrument.AnswerCheck;
import org.onedoor.assessment.instrument.InstrumentDefinition;
import org.onedoor.assessment.instrument.Instruments;
import org.onedoor.assessment.instrument.OutcomeStage;
import org.onedoor.assessment.instrument.Score;
import org.onedoor.assessment.instrument.Scorer;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.ClientId;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ImportedClient;
import org.onedoor.client.ImportedClientEntries;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Final outcome records in bulk (history from another system, the demo): each checked item by item and scored by
 * the same {@link AnswerCheck} and {@link Scorer} as one entered by hand, then written as batched statements (records,
 * answers, scores) with their timeline entries and one audit entry per batch. Records whose answers set off a risk rule are refused: a risk must
 * raise its alert, which only {@link OutcomeRecording} does, for a person with access to the client.
 */
@Service
public class OutcomeImport {

    private final JdbcTemplate jdbc;
    private final Instruments instruments;
    private final ClientImport clients;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final AccessLog log;

    OutcomeImport(
            JdbcTemplate jdbc,
            Instruments instruments,
            ClientImport clients,
            CurrentUsers currentUsers,
            Clock clock,
            AccessLog log) {
        this.log = log;
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.clients = clients;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * One final record: the newest version of the instrument, at a stage ({@code START}, {@code REVIEW},
     * {@code EXIT}, {@code POST_TREATMENT_EXIT}; null for an instrument without stages).
     */
    public record ImportedOutcome(
            ClientId clientId,
            @Nullable UUID episodeId,
            OrganisationId organisationId,
            String instrument,
            @Nullable String stage,
            LocalDate doneOn,
            Map<String, String> answers) {

        public ImportedOutcome {
            answers = Map.copyOf(answers);
        }
    }

    /**
     * Writes the records, or none when one is wrong.
     *
     * @throws IllegalArgumentException naming the first record whose answers are refused or set off a risk rule
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public int importOutcomes(List<ImportedOutcome> outcomes) {
        OffsetDateTime at = DbTime.now(clock);
        String by = currentUsers.actorName();
        List<Object[]> records = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        List<ImportedClientEntries.TimelineEntry> timeline = new ArrayList<>();
        for (int n = 0; n < outcomes.size(); n++) {
            final int index = n;
            ImportedOutcome outcome = outcomes.get(n);
            InstrumentDefinition definition = instruments
                    .latest(outcome.instrument())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Outcome " + index + ": no instrument " + outcome.instrument()));
            OutcomeStage stage = OutcomeRules.stage(outcome.stage());
            if (outcome.stage() != null
                    && (stage == null || !definition.stages().contains(stage))) {
                throw new IllegalArgumentException(
                        "Outcome " + n + ": " + definition.shortTitle() + " has no stage " + outcome.stage());
            }
            AnswerCheck.Checked checked = AnswerCheck.check(definition, outcome.answers(), false);
            if (!checked.ok()
                    || !Scorer.risks(definition, checked.answers()).isEmpty()
                    || outcome.doneOn().isAfter(LocalDate.now(clock))) {
                throw new IllegalArgumentException("Outcome " + n + " (" + definition.shortTitle() + ") refused: "
                        + checked.problems() + " or a risk rule set off or a date in the future");
            }
            List<Score> scored = Scorer.score(definition, checked.answers());
            UUID id = UUID.randomUUID();
            records.add(new Object[] {
                id,
                outcome.clientId().value(),
                outcome.episodeId(),
                definition.id(),
                definition.version(),
                stage == null ? null : stage.name(),
                outcome.doneOn(),
                outcome.organisationId().value(),
                at,
                by
            });
            checked.answers().forEach((item, answer) -> answers.add(new Object[] {id, item, answer}));
            scored.forEach(s -> scores.add(new Object[] {id, s.id(), s.label(), s.value(), s.band()}));
            timeline.add(new ImportedClientEntries.TimelineEntry(
                    outcome.clientId().value(),
                    new ImportedClient.Event(
                            outcome.doneOn(),
                            OutcomeNotes.TIMELINE_KIND,
                            OutcomeNotes.summary(definition, stage, scored),
                            null,
                            OutcomeNotes.SOURCE_KIND,
                            id,
                            null)));
        }
        jdbc.batchUpdate("""
                insert into assessment_outcome_record (id, client_id, episode_id, instrument, instrument_version,
                    stage, done_on, status, organisation_id, entered_at, entered_by)
                values (?, ?, ?, ?, ?, ?, ?, 'FINAL', ?, ?, ?)
                """, records);
        jdbc.batchUpdate("insert into assessment_outcome_answer (record_id, item, answer) values (?, ?, ?)", answers);
        jdbc.batchUpdate("""
                insert into assessment_outcome_score (record_id, score, label, score_value, band)
                values (?, ?, ?, ?, ?)
                """, scores);
        clients.addEntries(new ImportedClientEntries(List.of(), timeline));
        if (!outcomes.isEmpty()) {
            log.record(new AccessEvent(
                    AccessAction.CREATE,
                    AuditSubject.of("CLIENT", outcomes.get(0).clientId().value()),
                    "Bulk import",
                    "Bulk import of outcome records: " + records.size() + " records for "
                            + outcomes.stream()
                                    .map(ImportedOutcome::clientId)
                                    .distinct()
                                    .count() + " clients"));
        }
        return records.size();
    }
}
