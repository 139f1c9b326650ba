package org.onedoor.client;

import org.jspecify.annotations.Nullable;

/** The care-team forms as typed; component order is the order of the fields on the page. */
final class CareTeamForms {

    private CareTeamForms() {
    }

    /** Adding an organisation (and perhaps a named worker) to the care team. */
    record Join(@Nullable String organisationId, @Nullable String role, @Nullable String workerName,
                @Nullable String workerUsername, @Nullable ChangeFormDate startedOn) {

        static Join blank() {
            return new Join(null, null, null, null, ChangeFormDate.of(null));
        }
    }

    /** Ending one entry of the care team. */
    record End(@Nullable ChangeFormDate endedOn, @Nullable String reason) {
    }
}
