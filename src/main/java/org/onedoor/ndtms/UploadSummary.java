package org.onedoor.ndtms;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded NDTMS file and its validation report's totals. It may be loaded ({@link #loadable()}) while it is
 * {@code PENDING}: it has no error (warnings allowed).
 *
 * @param alreadyLoaded whether the same file (by SHA-256) is already in force, so loading it changes nothing
 */
public record UploadSummary(
        UUID id,
        String fileName,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        int rowCount,
        int errorCount,
        int warningCount,
        String agencies,
        String status,
        @Nullable UUID importId,
        boolean alreadyLoaded) {

    public boolean loadable() {
        return status.equals("PENDING");
    }
}
