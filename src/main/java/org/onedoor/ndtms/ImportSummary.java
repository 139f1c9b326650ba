package org.onedoor.ndtms;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One file in the history of imports: who loaded it when, its rows, and whether it is still in force. */
public record ImportSummary(
        NdtmsImportId id,
        String fileName,
        String dataset,
        @Nullable String agency,
        Instant importedAt,
        String importedBy,
        int rowCount,
        String status) {}
