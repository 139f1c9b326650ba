package org.onedoor.treatment.appointments;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.FieldProblems;

/**
 * The rules of an appointment, one set for a worker's booking and outcome ({@link Appointments}) and for history
 * ({@link AppointmentImport}): 5 to 480 minutes of a known kind with a note of at most 4,000 characters; an
 * outcome of attended or not attended only once it has started, a reason from the list when not attended, and who
 * cancelled and why when cancelled.
 */
final class AppointmentRules {

    private AppointmentRules() {
    }

    static void shape(FieldProblems.Collector problems, @Nullable Integer durationMinutes,
                      @Nullable AppointmentKind kind, @Nullable String note) {
        if (durationMinutes == null || durationMinutes < 5 || durationMinutes > 480) {
            problems.add("durationMinutes", "DURATION", "Enter how long it lasts, from 5 to 480 minutes");
        }
        if (kind == null) {
            problems.add("kind", "REQUIRED", "Choose the kind of appointment");
        }
        note(problems, note);
    }

    /**
     * What happened to an appointment that starts at {@code startsAt}; {@code dnaReasonKnown} says whether the
     * reason given for not attending is one on the list.
     */
    static void outcome(FieldProblems.Collector problems, AppointmentOutcome outcome, LocalDateTime startsAt,
                        LocalDateTime now, boolean dnaReasonKnown) {
        AppointmentStatus status = outcome.status();
        if (status == null || status == AppointmentStatus.BOOKED) {
            problems.add("status", "REQUIRED", "Choose whether the client attended, did not attend or cancelled");
        } else if (status != AppointmentStatus.CANCELLED && startsAt.isAfter(now)) {
            problems.add("status", "APPOINTMENT_IN_FUTURE", "The appointment is not until "
                    + DisplayDate.DAY_AND_TIME.format(startsAt) + ": attendance cannot be recorded before it starts");
        }
        if (status == AppointmentStatus.DID_NOT_ATTEND && (outcome.dnaReason() == null || !dnaReasonKnown)) {
            problems.add("dnaReason", "REQUIRED", "Choose why the client did not attend");
        }
        if (status == AppointmentStatus.CANCELLED) {
            if (!"CLIENT".equals(outcome.cancelledBy()) && !"SERVICE".equals(outcome.cancelledBy())) {
                problems.add("cancelledBy", "REQUIRED", "Choose who cancelled: the client or the service");
            }
            String reason = tidy(outcome.cancellationReason());
            if (reason == null) {
                problems.add("cancellationReason", "REQUIRED", "Enter why the appointment was cancelled");
            } else if (reason.length() > 500) {
                problems.add("cancellationReason", "TOO_LONG", "The reason must be 500 characters or fewer");
            }
        }
        note(problems, outcome.note());
    }

    private static void note(FieldProblems.Collector problems, @Nullable String note) {
        String tidy = tidy(note);
        if (tidy != null && tidy.length() > 4000) {
            problems.add("note", "TOO_LONG", "The note must be 4,000 characters or fewer");
        }
    }

    static @Nullable String tidy(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
