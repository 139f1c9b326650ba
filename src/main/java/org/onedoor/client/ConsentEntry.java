package org.onedoor.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One consent decision as recorded: who took it, how, with or without a capacity assessment, and when to review. */
public record ConsentEntry(
        UUID id,
        ConsentPurpose purpose,
        ConsentDecision decision,
        LocalDate decidedOn,
        ConsentMethod method,
        boolean capacityAssessed,
        @Nullable LocalDate reviewOn,
        @Nullable String recipient,
        @Nullable String notes,
        Instant recordedAt,
        String recordedBy,
        boolean inForce) {}
