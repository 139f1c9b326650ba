package org.onedoor.client.merge;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One merge of a duplicate into a survivor, and whether it has been undone. */
public record MergeSummary(
        UUID id,
        UUID survivorId,
        String survivorReference,
        String survivorName,
        UUID duplicateId,
        String duplicateReference,
        String duplicateName,
        String reason,
        Instant mergedAt,
        String mergedBy,
        @Nullable Instant undoneAt,
        @Nullable String undoneBy,
        @Nullable String undoReason) {

    public boolean undone() {
        return undoneAt != null;
    }
}
