package org.onedoor.treatment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a new episode is a re-presentation: its triage date falls after a successful completion's discharge and no
 * later than the discharge date plus the window, in calendar months with the end day included ({@code
 * LocalDate.plus(Period)} clamps to the month's end: 31 August + 6 months is 28 February). The latest such
 * completion is the one returned to.
 */
final class RePresentationPolicy {

    private final Period window;

    RePresentationPolicy(Period window) {
        this.window = window;
    }

    Optional<Completion> returnedTo(List<Completion> completions, LocalDate triagedOn) {
        return completions.stream()
                .filter(completion -> completion.dischargedOn().isBefore(triagedOn)
                        || completion.dischargedOn().isEqual(triagedOn))
                .filter(completion -> !triagedOn.isAfter(windowEnd(completion.dischargedOn())))
                .max(Comparator.comparing(Completion::dischargedOn));
    }

    LocalDate windowEnd(LocalDate dischargedOn) {
        return dischargedOn.plus(window);
    }

    /** An episode that ended in a successful completion. */
    record Completion(UUID episodeId, LocalDate dischargedOn) {}
}
