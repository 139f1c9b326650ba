package org.onedoor.treatment;

import java.time.LocalDate;
import org.onedoor.client.ClientId;

/**
 * A client discharged as a successful completion came back to treatment within the re-presentation window: a new
 * episode was triaged on {@code presentedOn}, at any provider of the partnership.
 */
public record ClientRePresented(
        ClientId clientId,
        EpisodeId episodeId,
        EpisodeId completedEpisodeId,
        LocalDate completedOn,
        LocalDate presentedOn) {}
