package org.onedoor.partnership;

import java.time.Instant;
import java.util.UUID;

/** One change to the directory or a practice menu: who did what, when. */
public record HistoryEntry(
        UUID subjectId, String subjectKind, String action, String summary, Instant changedAt, String changedBy) {}
