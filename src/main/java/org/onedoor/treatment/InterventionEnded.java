package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;
import org.onedoor.client.ClientId;

/** An intervention ended with an exit status (MODEXIT). */
public record InterventionEnded(
        UUID interventionId,
        EpisodeId episodeId,
        ClientId clientId,
        String interventionType,
        LocalDate endedOn,
        String exitStatus) {}
