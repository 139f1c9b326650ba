package org.onedoor.client;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An alert or risk flag the viewer may see (sealed ones appear only to the roles their seal names). */
public record AlertEntry(
        UUID id,
        AlertCategory category,
        String description,
        LocalDate raisedOn,
        @Nullable SealedCategory sealedAs,
        String raisedBy) {}
