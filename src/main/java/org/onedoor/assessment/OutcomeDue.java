package org.onedoor.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.onedoor.assessment.instrument.OutcomeStage;

/**
 * An outcome record due for an episode (a row of {@code report_outcome_due}).
 *
 * @param name    the instrument's short title: TOP, AOR, PHQ-9, GAD-7
 * @param dueFrom when it becomes due (a review: the tolerance before its target date)
 * @param dueOn   its target date
 * @param dueBy   the last day before it is overdue
 */
public record OutcomeDue(
        UUID episodeId,
        UUID clientId,
        String instrument,
        String name,
        OutcomeStage stage,
        LocalDate dueFrom,
        LocalDate dueOn,
        LocalDate dueBy) {

    public boolean overdue(LocalDate today) {
        return dueBy.isBefore(today);
    }

    /** "Start TOP", "Review PHQ-9", "Exit AOR". */
    public String label() {
        return stage.label() + " " + name;
    }
}
