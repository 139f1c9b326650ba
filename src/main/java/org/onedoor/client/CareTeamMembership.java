package org.onedoor.client;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organisation joining a client's care team.
 *
 * @param workerUsername the named worker's sign-in, when one is named (their caseload)
 * @param sourceKind     what brought them in, such as {@code REFERRAL} or {@code EPISODE}, with its id
 */
public record CareTeamMembership(
        UUID organisationId,
        CareTeamRole role,
        @Nullable String workerUsername,
        @Nullable String workerName,
        LocalDate from,
        @Nullable String sourceKind,
        @Nullable UUID sourceId) {

    public CareTeamMembership {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
    }
}
