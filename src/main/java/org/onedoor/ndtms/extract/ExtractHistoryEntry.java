package org.onedoor.ndtms.extract;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** One extract downloaded: for which agency and month, by whom and when, what went and the file's SHA-256. */
public record ExtractHistoryEntry(
        UUID id,
        String providerName,
        String agencyCode,
        YearMonth month,
        int records,
        int problems,
        int withheld,
        String sha256,
        Instant producedAt,
        String producedBy) {}
