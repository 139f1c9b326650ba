package org.onedoor.client;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.Role;

/**
 * One break-glass opening as the IG lead reviews it: whose record, who opened it (with their roles and organisation
 * at the time), why, until when, how often they viewed the record meanwhile, and the review once given.
 *
 * @param views how many times the opener viewed the record between the opening and its expiry
 */
public record BreakGlassOpening(
        UUID id,
        UUID clientId,
        String clientReference,
        String clientName,
        String username,
        String roles,
        @Nullable String organisationName,
        String reason,
        Instant openedAt,
        Instant expiresAt,
        long views,
        @Nullable Instant reviewedAt,
        @Nullable String reviewedBy,
        @Nullable String reviewOutcome,
        @Nullable String reviewNote) {

    public boolean awaitingReview() {
        return reviewedAt == null;
    }

    public boolean justified() {
        return "JUSTIFIED".equals(reviewOutcome);
    }

    /** The review outcome in words, or "Awaiting review". */
    public String outcomeLabel() {
        if (reviewOutcome == null) {
            return "Awaiting review";
        }
        return justified() ? "Justified" : "Not justified";
    }

    /** The opener's roles in words ("Recovery worker, Prescriber"). */
    public String roleLabels() {
        return Arrays.stream(roles.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .map(BreakGlassOpening::label)
                .collect(Collectors.joining(", "));
    }

    private static String label(String code) {
        try {
            return Role.valueOf(code).label();
        } catch (IllegalArgumentException retired) {
            return code;
        }
    }
}
