package org.onedoor.treatment.appointments;

import org.jspecify.annotations.Nullable;

/** What happened to a booked appointment: attended, did not attend (with a reason) or cancelled (by whom, why). */
public record AppointmentOutcome(
        @Nullable AppointmentStatus status,
        @Nullable String dnaReason,
        @Nullable String cancelledBy,
        @Nullable String cancellationReason,
        @Nullable String note,
        int version) {}
