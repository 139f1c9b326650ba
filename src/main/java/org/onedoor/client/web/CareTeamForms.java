package org.onedoor.client.web;

import org.jspecify.annotations.Nullable;
import org.onedoor.shared.TypedDate;

/** The care-team forms as typed; component order is the order of the fields on the page. */
final class CareTeamForms {

    private CareTeamForms() {}

    /** Adding an organisation (and perhaps a named worker) to the care team. */
    record Join(
            @Nullable String organisationId,
            @Nullable String role,
            @Nullable String workerName,
            @Nullable String workerUsername,
            @Nullable TypedDate startedOn) {

        static Join blank() {
            return new Join(null, null, null, null, TypedDate.of(null));
        }
    }

    /** Ending one entry of the care team. */
    record End(@Nullable TypedDate endedOn, @Nullable String reason) {}
}
