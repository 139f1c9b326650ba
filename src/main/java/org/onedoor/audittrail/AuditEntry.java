package org.onedoor.audittrail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of {@code audit_access_log}, as hashed and as stored; the action is its {@link AccessAction} name. */
record AuditEntry(
        long seq,
        UUID id,
        Instant recordedAt,
        String username,
        @Nullable String roles,
        @Nullable UUID organisationId,
        String action,
        @Nullable String subjectKind,
        @Nullable UUID subjectId,
        @Nullable String purpose,
        @Nullable String detail,
        @Nullable String sourceAddress,
        String previousHash) {}
