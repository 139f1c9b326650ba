package org.onedoor.treatment.appointments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.treatment.EpisodeFacts;

/** An episode's appointments, newest first, with what the booking and outcome forms offer. */
public record AppointmentsView(
        EpisodeFacts.Facts episode,
        List<Appointment> appointments,
        List<Choice> venues,
        List<Choice> interventions,
        List<Choice> dnaReasons) {

    /** One appointment or contact. */
    public record Appointment(
            UUID id,
            LocalDateTime startsAt,
            int durationMinutes,
            AppointmentKind kind,
            @Nullable String venueName,
            @Nullable String interventionLabel,
            String keyworkerUsername,
            AppointmentStatus status,
            @Nullable String dnaReasonLabel,
            @Nullable String cancelledBy,
            @Nullable String cancellationReason,
            @Nullable String note,
            int version) {

        public boolean booked() {
            return status == AppointmentStatus.BOOKED;
        }

        public LocalDate date() {
            return startsAt.toLocalDate();
        }
    }

    /** A value a form offers, with its label. */
    public record Choice(String value, String label) {}
}
