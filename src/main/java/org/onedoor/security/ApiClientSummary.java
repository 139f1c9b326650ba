package org.onedoor.security;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One API client credential as administrators see it: never the token or its hash, only the token's first
 * characters so a caller's configuration can be matched to it.
 *
 * @param organisationId the partnership organisation the calling system acts for
 * @param tokenPrefix    the first {@value ApiClientTokens#PREFIX_LENGTH} characters of the token
 */
public record ApiClientSummary(
        UUID id,
        String name,
        UUID organisationId,
        String tokenPrefix,
        Set<Privilege> privileges,
        Instant createdAt,
        String createdBy,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable String revokeReason) {

    public ApiClientSummary {
        EnumSet<Privilege> ordered = EnumSet.noneOf(Privilege.class);
        ordered.addAll(privileges);
        privileges = Collections.unmodifiableSet(ordered);
    }

    public boolean active() {
        return revokedAt == null;
    }
}
