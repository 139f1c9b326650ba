package org.onedoor.treatment.appointments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.OutcomeDue;

/**
 * One open episode of a keyworker's caseload and what is due: the earliest care-plan goal review, the outcome
 * records due or overdue (from assessment's {@code report_outcome_due}: start TOP/AOR, PHQ-9 and GAD-7, six-monthly
 * reviews; {@code outcomeDueBy} is the last day of the most pressing one), appointments not attended since the last
 * attended contact, booked appointments whose outcome is still to record, the next appointment, and the date of the
 * client's latest outcome record that set off a risk rule (PHQ-9 item 9 above 0; from assessment's
 * {@code report_outcome_risk}), which counts as most urgent.
 */
public record CaseloadEntry(
        UUID episodeId,
        UUID clientId,
        @Nullable String clientReference,
        LocalDate triagedOn,
        @Nullable LocalDate carePlanStartedOn,
        @Nullable LocalDate carePlanReviewDue,
        @Nullable LocalDate outcomeDueBy,
        List<OutcomeDue> outcomesDue,
        int missedAppointments,
        @Nullable LocalDate firstMissedOn,
        int outcomesToRecord,
        @Nullable LocalDateTime nextAppointment,
        @Nullable LocalDate mostUrgent,
        @Nullable LocalDate outcomeRiskOn) {

    public CaseloadEntry {
        outcomesDue = List.copyOf(outcomesDue);
    }

    CaseloadEntry withOutcomesDue(List<OutcomeDue> due) {
        return new CaseloadEntry(
                episodeId,
                clientId,
                clientReference,
                triagedOn,
                carePlanStartedOn,
                carePlanReviewDue,
                outcomeDueBy,
                due,
                missedAppointments,
                firstMissedOn,
                outcomesToRecord,
                nextAppointment,
                mostUrgent,
                outcomeRiskOn);
    }

    public boolean carePlanReviewOverdue(LocalDate today) {
        return carePlanReviewDue != null && carePlanReviewDue.isBefore(today);
    }

    /** An outcome record is past the last day it was due. */
    public boolean outcomeOverdue(LocalDate today) {
        return outcomeDueBy != null && outcomeDueBy.isBefore(today);
    }

    /** An outcome record is due now (or overdue). */
    public boolean outcomeDue() {
        return outcomeDueBy != null;
    }

    public boolean carePlanReviewDueSoon(LocalDate today) {
        return carePlanReviewDue != null && !carePlanReviewDue.isAfter(today.plusDays(14));
    }
}
