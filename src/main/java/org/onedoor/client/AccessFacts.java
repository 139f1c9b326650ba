package org.onedoor.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the access rules need to know about one person and one client, read in one go by {@link AccessPolicy}.
 *
 * @param memberships       the care-team entries of the person's organisation for this client, ended ones too
 * @param consents          the decision in force for each purpose that has one
 * @param breakGlass        the person's latest break-glass opening of this client, if any
 */
record AccessFacts(
        UUID organisationId,
        @Nullable UUID registeredPracticeId,
        List<Membership> memberships,
        Map<ConsentPurpose, Consent> consents,
        @Nullable BreakGlassGrant breakGlass) {

    record Membership(
            CareTeamRole role,
            LocalDate startedOn,
            @Nullable LocalDate endedOn) {

        boolean activeOn(LocalDate day) {
            return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
        }
    }

    record Consent(ConsentDecision decision, LocalDate decidedOn) {}

    record BreakGlassGrant(String reason, Instant expiresAt) {}
}
