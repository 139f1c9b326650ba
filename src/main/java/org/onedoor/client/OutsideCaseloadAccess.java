package org.onedoor.client;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's views of one client in a period on days when they were not the named worker of any active care-team
 * entry for that client.
 *
 * @param underBreakGlass whether any of these views fell within a break-glass opening of theirs for the client
 */
public record OutsideCaseloadAccess(
        String username,
        UUID clientId,
        String clientReference,
        String clientName,
        long views,
        Instant firstViewedAt,
        Instant lastViewedAt,
        boolean underBreakGlass) {}
