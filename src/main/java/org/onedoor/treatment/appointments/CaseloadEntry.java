package org.onedoor.treatment.appointments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One open episode of a keyworker's caseload and what is due: the earliest care-plan goal review, the next outcome
 * review (TOP: three months from triage or from the last review), appointments not attended since the last
 * attended contact, booked appointments whose outcome is still to record, the next appointment, and the date of the
 * client's latest outcome record that set off a risk rule (PHQ-9 item 9 above 0; from assessment's
 * {@code report_outcome_risk}), which counts as most urgent.
 */
public record CaseloadEntry(UUID episodeId, UUID clientId, @Nullable String clientReference, LocalDate triagedOn,
                            @Nullable LocalDate carePlanStartedOn, @Nullable LocalDate carePlanReviewDue,
                            LocalDate outcomeReviewDue, int missedAppointments,
                            @Nullable LocalDate firstMissedOn, int outcomesToRecord,
                            @Nullable LocalDateTime nextAppointment, @Nullable LocalDate mostUrgent,
                            @Nullable LocalDate outcomeRiskOn) {

    public boolean carePlanReviewOverdue(LocalDate today) {
        return carePlanReviewDue != null && carePlanReviewDue.isBefore(today);
    }

    public boolean outcomeReviewOverdue(LocalDate today) {
        return outcomeReviewDue.isBefore(today);
    }

    /** Due within the coming fortnight (or overdue). */
    public boolean outcomeReviewDueSoon(LocalDate today) {
        return !outcomeReviewDue.isAfter(today.plusDays(14));
    }

    public boolean carePlanReviewDueSoon(LocalDate today) {
        return carePlanReviewDue != null && !carePlanReviewDue.isAfter(today.plusDays(14));
    }
}
