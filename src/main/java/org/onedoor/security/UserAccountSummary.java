package org.onedoor.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One account as administrators see it (never the password hash). */
public record UserAccountSummary(
        UUID id,
        String username,
        String displayName,
        UUID organisationId,
        Set<Role> roles,
        boolean enabled,
        int failedAttempts,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastSignInAt) {}
