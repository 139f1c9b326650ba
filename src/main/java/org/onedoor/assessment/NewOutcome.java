package org.onedoor.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An outcome record as entered: the instrument and the version the form showed (null for the newest), the stage
 * (for instruments that have stages), the date it was done, the episode it belongs to (treatment's id, optional) and
 * the raw answers keyed by item ({@code item9}; a weeks item as {@code opiates.week1} … {@code opiates.total}). A
 * draft may be incomplete; it is never scored or counted.
 */
public record NewOutcome(
        String instrument,
        @Nullable Integer version,
        @Nullable String stage,
        @Nullable LocalDate doneOn,
        @Nullable UUID episodeId,
        Map<String, String> answers,
        boolean draft) {

    public NewOutcome {
        answers = Map.copyOf(answers);
    }
}
