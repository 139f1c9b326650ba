package org.onedoor.client;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of a client's care team, as shown on the record. */
public record CareTeamMember(
        UUID id,
        UUID organisationId,
        String organisationName,
        CareTeamRole role,
        @Nullable String workerUsername,
        @Nullable String workerName,
        LocalDate startedOn,
        @Nullable LocalDate endedOn,
        @Nullable String endReason) {

    public boolean activeOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }
}
