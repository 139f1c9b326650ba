package org.onedoor.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.instrument.AnswerCheck;
import org.onedoor.assessment.instrument.InstrumentDefinition;
import org.onedoor.assessment.instrument.Instruments;
import org.onedoor.assessment.instrument.RiskRule;
import org.onedoor.assessment.instrument.Score;
import org.onedoor.assessment.instrument.Scorer;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.AccessPolicy;
import org.onedoor.client.AlertCategory;
import org.onedoor.client.Alerts;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records outcome instruments for a client the person may open: checks every answer and the record's rules, and
 * refuses the lot with every problem when any is wrong (nothing is saved); a final record is scored. An answer that
 * sets off a risk rule (PHQ-9 item 9 above 0) raises an alert on the client's record in the same transaction, in a
 * draft too (a risk is never left unseen because a form was not finished), once per record and item. Drafts are kept
 * unscored. A record entered in error is voided with a reason and entered again. Every change goes
 * on the client's timeline and into the audit trail.
 */
@Service
public class OutcomeRecording {

    /** Every problem with an outcome record as given, item by item and for the record, thrown together. */
    public static final FieldProblems.Kind PROBLEMS =
            new FieldProblems.Kind("OUTCOME_RECORD_INVALID", "outcome record");

    private final Instruments instruments;
    private final OutcomeStore store;
    private final OutcomeEpisodes episodes;
    private final OutcomeNotes notes;
    private final AccessPolicy access;
    private final Alerts alerts;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    OutcomeRecording(
            Instruments instruments,
            OutcomeStore store,
            OutcomeEpisodes episodes,
            OutcomeNotes notes,
            AccessPolicy access,
            Alerts alerts,
            CurrentUsers currentUsers,
            Clock clock) {
        this.instruments = instruments;
        this.store = store;
        this.episodes = episodes;
        this.notes = notes;
        this.access = access;
        this.alerts = alerts;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Refuses (403) a person who may not record outcomes for the client, before a form is shown. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public void requireMayRecord(UUID clientId) {
        access.require(clientId);
    }

    /** A new record, draft or final. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public Recorded record(UUID clientId, NewOutcome outcome) {
        return save(clientId, outcome, null);
    }

    /** A draft saved again, or made final. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public Recorded completeDraft(UUID clientId, UUID draftId, NewOutcome outcome) {
        OutcomeStore.Row draft = store.row(clientId, draftId);
        if (draft.status() != OutcomeStatus.DRAFT || !draft.instrument().equals(outcome.instrument())) {
            throw new DomainRuleViolation("NOT_A_DRAFT", null, Messages.text("assessment.refused.notADraft"));
        }
        return save(
                clientId,
                new NewOutcome(
                        outcome.instrument(),
                        draft.version(),
                        outcome.stage(),
                        outcome.doneOn(),
                        outcome.episodeId(),
                        outcome.answers(),
                        outcome.draft()),
                draftId);
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void voidRecord(UUID clientId, UUID recordId, @Nullable String reason) {
        AccessDecision decision = access.require(clientId);
        FieldProblems.Collector problems = PROBLEMS.collector();
        problems.required("reason", reason, 500, Messages.text("assessment.reason.required"));
        problems.throwIfAny();
        OutcomeStore.Row row = store.row(clientId, recordId);
        InstrumentDefinition definition = definition(row.instrument(), row.version());
        if (!store.voidRecord(recordId, clientId, reason.strip(), clock.instant(), currentUsers.actorName())) {
            throw new DomainRuleViolation(
                    "ALREADY_VOIDED", "reason", Messages.text("assessment.refused.alreadyVoided"));
        }
        notes.changed(
                AccessAction.VOID,
                clientId,
                decision,
                row.doneOn() == null ? LocalDate.now(clock) : row.doneOn(),
                recordId,
                definition.shortTitle() + " voided: " + reason.strip());
    }

    private Recorded save(UUID clientId, NewOutcome outcome, @Nullable UUID draftId) {
        AccessDecision decision = access.require(clientId);
        CurrentUser user = currentUsers.require();
        InstrumentDefinition definition = resolve(outcome);
        int version = definition.version();
        AnswerCheck.Checked checked = AnswerCheck.check(definition, outcome.answers(), outcome.draft());
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        problems.addAll(OutcomeRules.check(definition, outcome, context(clientId, outcome, draftId)));
        List<Score> scores = List.of();
        if (problems.isEmpty() && !outcome.draft()) {
            scores = scored(definition, checked, problems);
        }
        if (!problems.isEmpty()) {
            throw PROBLEMS.of(problems);
        }
        Instant now = clock.instant();
        UUID id = draftId == null ? UUID.randomUUID() : draftId;
        if (draftId == null) {
            store.insert(id, clientId, outcome, version, user.organisationId(), now, user.username());
        } else {
            store.replaceDraft(id, outcome, now, user.username());
        }
        store.answers(id, checked.answers());
        int raised = raiseRisks(definition, clientId, id, checked);
        if (outcome.draft()) {
            notes.changed(
                    AccessAction.CREATE, clientId, decision, null, id, definition.shortTitle() + " saved as a draft");
            return new Recorded(id, List.of(), raised);
        }
        store.scores(id, scores);
        notes.changed(
                AccessAction.CREATE,
                clientId,
                decision,
                outcome.doneOn(),
                id,
                OutcomeNotes.summary(definition, OutcomeRules.stage(outcome.stage()), scores));
        return new Recorded(id, scores, raised);
    }

    private InstrumentDefinition resolve(NewOutcome outcome) {
        InstrumentDefinition latest = instruments
                .latest(outcome.instrument())
                .orElseThrow(() -> new org.onedoor.shared.NotFound("Instrument", outcome.instrument()));
        if (outcome.version() == null) {
            return latest;
        }
        return instruments
                .find(outcome.instrument(), outcome.version())
                .orElseThrow(() -> PROBLEMS.one(
                        "version",
                        "VERSION_UNKNOWN",
                        latest.shortTitle() + " has no version " + outcome.version() + ": the newest is version "
                                + latest.version()));
    }

    private InstrumentDefinition definition(String instrument, int version) {
        return instruments.find(instrument, version).orElseThrow();
    }

    private OutcomeRules.Context context(UUID clientId, NewOutcome outcome, @Nullable UUID draftId) {
        UUID episode = outcome.episodeId();
        return new OutcomeRules.Context(
                LocalDate.now(clock),
                store.startDoneOn(clientId, outcome.instrument(), episode),
                episode != null && store.episodeHasStart(episode, outcome.instrument(), draftId),
                episode == null ? null : episodes.openInterventions(episode));
    }

    /** The scores; the alcohol scorer's own completeness rule (the AUDIT shortcut) goes beside its item. */
    private static List<Score> scored(
            InstrumentDefinition definition, AnswerCheck.Checked checked, List<FieldProblem> problems) {
        try {
            return Scorer.score(definition, checked.answers());
        } catch (DomainRuleViolation refused) {
            String field = refused.field() == null ? "" : refused.field();
            problems.add(
                    new FieldProblem(field.substring(field.indexOf('.') + 1), refused.code(), refused.getMessage()));
            return List.of();
        }
    }

    private int raiseRisks(InstrumentDefinition definition, UUID clientId, UUID recordId, AnswerCheck.Checked checked) {
        LocalDate today = LocalDate.now(clock);
        List<RiskRule> fired = Scorer.risks(definition, checked.answers());
        int raised = 0;
        for (RiskRule risk : fired) {
            if (store.hasRisk(recordId, risk.item())) {
                continue;
            }
            raised++;
            String answer = checked.answers().get(risk.item());
            String words =
                    definition.item(risk.item()).map(i -> i.labelOf(answer)).orElse(answer);
            UUID alert = alerts.raise(
                    clientId, AlertCategory.RISK_TO_SELF, risk.alert() + " Answer given: " + words + ".", today, null);
            store.risk(recordId, clientId, risk.item(), answer, today, alert);
        }
        return raised;
    }
}
