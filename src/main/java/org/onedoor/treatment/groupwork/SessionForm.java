package org.onedoor.treatment.groupwork;

import org.jspecify.annotations.Nullable;
import org.onedoor.shared.TypedDate;

/** The new-session form as typed: date and time, duration, places, venue, facilitator. */
record SessionForm(
        @Nullable TypedDate date,
        @Nullable String time,
        @Nullable String durationMinutes,
        @Nullable String capacity,
        @Nullable String venueId,
        @Nullable String facilitator,
        @Nullable Boolean history) {

    static SessionForm empty() {
        return new SessionForm(TypedDate.of(null), null, "90", "12", null, null, false);
    }
}
