package org.onedoor.client.merge;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;

/** One merge of a duplicate into a survivor, and whether it has been undone. The merge's own id stays a UUID. */
public record MergeSummary(
        UUID id,
        ClientId survivorId,
        String survivorReference,
        String survivorName,
        ClientId duplicateId,
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
