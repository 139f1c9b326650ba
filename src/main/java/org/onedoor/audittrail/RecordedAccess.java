package org.onedoor.audittrail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One audit entry about a record, as its subject is entitled to see it: when, who (their sign-in, roles and
 * organisation), what they did and why.
 *
 * @param subjectId the record the entry names (one of the ids asked about)
 */
public record RecordedAccess(
        Instant at,
        String username,
        @Nullable String roles,
        @Nullable UUID organisationId,
        AccessAction action,
        UUID subjectId,
        @Nullable String purpose,
        @Nullable String detail) {}
