package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A client was discharged: the reason code, its outcome class and, for a transfer, the receiving provider. */
public record EpisodeClosed(UUID episodeId, UUID clientId, UUID providerId, UUID journeyId, LocalDate dischargedOn,
                            String dischargeReason, OutcomeClass outcomeClass, @Nullable UUID transferredTo) {
}
