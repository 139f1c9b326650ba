package org.onedoor.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.instrument.InstrumentDefinition;
import org.onedoor.assessment.instrument.OutcomeStage;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Messages;

/**
 * The rules about a record as a whole, beyond its answers: the stage fits the instrument; a final record is dated,
 * never in the future; a review or exit is not dated before the start record; an episode has one start record per
 * instrument; no exit record while treatment says interventions are still open.
 */
final class OutcomeRules {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private OutcomeRules() {}

    /** The facts about the client's other records that the rules need. */
    record Context(
            LocalDate today,
            @Nullable LocalDate startDoneOn,
            boolean episodeHasStart,
            @Nullable Integer openInterventions) {}

    static @Nullable OutcomeStage stage(@Nullable String stage) {
        try {
            return stage == null || stage.isBlank() ? null : OutcomeStage.valueOf(stage);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static List<FieldProblem> check(InstrumentDefinition definition, NewOutcome outcome, Context context) {
        List<FieldProblem> problems = new ArrayList<>();
        OutcomeStage stage = stage(outcome.stage());
        String name = definition.shortTitle();
        if (definition.hasStages()) {
            if (outcome.stage() != null
                    && !outcome.stage().isBlank()
                    && (stage == null || !definition.stages().contains(stage))) {
                problems.add(
                        new FieldProblem("stage", "STAGE_UNKNOWN", Messages.text("assessment.stage.unknown", name)));
            } else if (stage == null && !outcome.draft()) {
                problems.add(new FieldProblem("stage", "REQUIRED", Messages.text("assessment.stage.required")));
            }
        } else if (stage != null) {
            problems.add(new FieldProblem("stage", "STAGE_UNKNOWN", Messages.text("assessment.stage.notStaged", name)));
        }
        LocalDate done = outcome.doneOn();
        if (done == null && !outcome.draft()) {
            problems.add(new FieldProblem("doneOn", "REQUIRED", Messages.text("assessment.doneOn.required", name)));
        } else if (done != null && done.isAfter(context.today())) {
            problems.add(new FieldProblem(
                    "doneOn", "DATE_IN_FUTURE", Messages.text("assessment.doneOn.dateInFuture", name)));
        } else if (done != null
                && stage != null
                && stage != OutcomeStage.START
                && context.startDoneOn() != null
                && done.isBefore(context.startDoneOn())) {
            problems.add(new FieldProblem(
                    "doneOn",
                    "BEFORE_START",
                    Messages.text(
                            "assessment.doneOn.beforeStart",
                            stage.label().toLowerCase(Locale.UK),
                            name,
                            DAY.format(context.startDoneOn()))));
        }
        if (stage == OutcomeStage.START && context.episodeHasStart() && !outcome.draft()) {
            problems.add(
                    new FieldProblem("stage", "SECOND_START", Messages.text("assessment.stage.secondStart", name)));
        }
        if (stage == OutcomeStage.EXIT
                && context.openInterventions() != null
                && context.openInterventions() > 0
                && !outcome.draft()) {
            problems.add(new FieldProblem(
                    "stage",
                    "INTERVENTIONS_OPEN",
                    Messages.text("assessment.stage.interventionsOpen", context.openInterventions(), name)));
        }
        return problems;
    }
}
