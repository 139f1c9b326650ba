package org.onedoor.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.instrument.OutcomeStage;
import org.onedoor.assessment.instrument.Score;

/** One outcome record as lists show it: what, when, by whom, its status and its scores (none for a draft). */
public record OutcomeSummary(
        UUID id,
        String instrument,
        int version,
        String title,
        @Nullable UUID episodeId,
        @Nullable OutcomeStage stage,
        @Nullable LocalDate doneOn,
        OutcomeStatus status,
        Instant enteredAt,
        String enteredBy,
        @Nullable String voidReason,
        @Nullable String voidedBy,
        List<Score> scores,
        boolean risk) {}
