package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One of a client's episodes in a list. */
public record EpisodeSummary(
        UUID id,
        String providerName,
        LocalDate triagedOn,
        boolean open,
        @Nullable LocalDate dischargedOn,
        @Nullable String dischargeReasonLabel,
        @Nullable OutcomeClass outcomeClass,
        int openInterventions,
        @Nullable String keyworkerName,
        boolean rePresentation) {}
