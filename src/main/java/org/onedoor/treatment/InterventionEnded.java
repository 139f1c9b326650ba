package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;

/** An intervention ended with an exit status (MODEXIT). */
public record InterventionEnded(UUID interventionId, UUID episodeId, UUID clientId, String interventionType,
                                LocalDate endedOn, String exitStatus) {
}
