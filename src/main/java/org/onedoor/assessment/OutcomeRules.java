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
                problems.add(new FieldProblem("stage", "STAGE_UNKNOWN", "Choose a stage " + name + " is done at"));
            } else if (stage == null && !outcome.draft()) {
                problems.add(new FieldProblem("stage", "REQUIRED", "Choose the stage: start, review or exit"));
            }
        } else if (stage != null) {
            problems.add(new FieldProblem("stage", "STAGE_UNKNOWN", name + " is not recorded at stages"));
        }
        LocalDate done = outcome.doneOn();
        if (done == null && !outcome.draft()) {
            problems.add(new FieldProblem("doneOn", "REQUIRED", "Enter the date the " + name + " was done"));
        } else if (done != null && done.isAfter(context.today())) {
            problems.add(new FieldProblem(
                    "doneOn", "DATE_IN_FUTURE", "The date the " + name + " was done must be today or in the past"));
        } else if (done != null
                && stage != null
                && stage != OutcomeStage.START
                && context.startDoneOn() != null
                && done.isBefore(context.startDoneOn())) {
            problems.add(new FieldProblem(
                    "doneOn",
                    "BEFORE_START",
                    "A " + stage.label().toLowerCase(Locale.UK)
                            + " " + name + " cannot be dated before the start record, done on "
                            + DAY.format(context.startDoneOn())));
        }
        if (stage == OutcomeStage.START && context.episodeHasStart() && !outcome.draft()) {
            problems.add(new FieldProblem(
                    "stage",
                    "SECOND_START",
                    "This episode already has a start " + name
                            + ": record a review, or void the start record if it was entered in error"));
        }
        if (stage == OutcomeStage.EXIT
                && context.openInterventions() != null
                && context.openInterventions() > 0
                && !outcome.draft()) {
            problems.add(new FieldProblem(
                    "stage",
                    "INTERVENTIONS_OPEN",
                    "The episode still has "
                            + context.openInterventions() + " open intervention(s): end them before recording the exit "
                            + name));
        }
        return problems;
    }
}
