package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A client's episode opened at a provider: a new presentation unless it continues a journey by transfer. */
public record EpisodeOpened(UUID episodeId, UUID clientId, UUID providerId, UUID journeyId, LocalDate triagedOn,
                            @Nullable UUID referralId, @Nullable UUID transferredFrom) {
}
