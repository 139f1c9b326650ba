package org.onedoor.treatment.appointments;

import static org.onedoor.shared.Text.tidy;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;

/**
 * The rules of an appointment, one set for a worker's booking and outcome ({@link Appointments}) and for history
 * ({@link AppointmentImport}): 5 to 480 minutes of a known kind with a note of at most 4,000 characters; an
 * outcome of attended or not attended only once it has started, a reason from the list when not attended, and who
 * cancelled and why when cancelled.
 */
final class AppointmentRules {

    private AppointmentRules() {}

    static void shape(
            FieldProblems.Collector problems,
            @Nullable Integer durationMinutes,
            @Nullable AppointmentKind kind,
            @Nullable String note) {
        if (durationMinutes == null || durationMinutes < 5 || durationMinutes > 480) {
            problems.add("durationMinutes", "DURATION", Messages.text("appointment.durationMinutes.duration"));
        }
        if (kind == null) {
            problems.add("kind", "REQUIRED", Messages.text("appointment.kind.required"));
        }
        note(problems, note);
    }

    /**
     * What happened to an appointment that starts at {@code startsAt}; {@code dnaReasonKnown} says whether the
     * reason given for not attending is one on the list.
     */
    static void outcome(
            FieldProblems.Collector problems,
            AppointmentOutcome outcome,
            LocalDateTime startsAt,
            LocalDateTime now,
            boolean dnaReasonKnown) {
        AppointmentStatus status = outcome.status();
        if (status == null || status == AppointmentStatus.BOOKED) {
            problems.add("status", "REQUIRED", Messages.text("appointment.status.required"));
        } else if (status != AppointmentStatus.CANCELLED && startsAt.isAfter(now)) {
            problems.add(
                    "status",
                    "APPOINTMENT_IN_FUTURE",
                    Messages.text("appointment.status.appointmentInFuture", DisplayDate.DAY_AND_TIME.format(startsAt)));
        }
        if (status == AppointmentStatus.DID_NOT_ATTEND && (outcome.dnaReason() == null || !dnaReasonKnown)) {
            problems.add("dnaReason", "REQUIRED", Messages.text("appointment.dnaReason.required"));
        }
        if (status == AppointmentStatus.CANCELLED) {
            if (!"CLIENT".equals(outcome.cancelledBy()) && !"SERVICE".equals(outcome.cancelledBy())) {
                problems.add("cancelledBy", "REQUIRED", Messages.text("appointment.cancelledBy.required"));
            }
            String reason = tidy(outcome.cancellationReason());
            if (reason == null) {
                problems.add(
                        "cancellationReason", "REQUIRED", Messages.text("appointment.cancellationReason.required"));
            } else if (reason.length() > 500) {
                problems.add("cancellationReason", "TOO_LONG", Messages.text("client.reason.tooLong"));
            }
        }
        note(problems, outcome.note());
    }

    private static void note(FieldProblems.Collector problems, @Nullable String note) {
        String tidy = tidy(note);
        if (tidy != null && tidy.length() > 4000) {
            problems.add("note", "TOO_LONG", Messages.text("appointment.note.tooLong"));
        }
    }
}
