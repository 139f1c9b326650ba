package org.onedoor.treatment.appointments;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An appointment to book, or a contact to record (booked and attended in one step). The keyworker defaults to the
 * episode's keyworker (else the person recording); the venue, when given, is a GP practice or a community venue of
 * the directory; an intervention, when named, hears of its first appointment offered.
 */
public record NewAppointment(
        @Nullable LocalDateTime startsAt,
        @Nullable Integer durationMinutes,
        @Nullable AppointmentKind kind,
        @Nullable UUID venueId,
        @Nullable UUID interventionId,
        @Nullable String keyworkerUsername,
        @Nullable String note) {}
