package org.onedoor.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral that already happened, with how far it went, for {@link ReferralImport}: its details as received, and
 * optionally its triage, its allocation and the receiving organisation's answer (acceptance or return). The status
 * follows from the stages present ({@link #status()}), so it cannot disagree with them.
 *
 * @param details                    the referral as it arrived (not re-checked: the import is a trusted path)
 * @param receivedAt                 when it arrived: the waiting clock's start
 * @param receivedBy                 who took it in ({@code public web form} for web self-referrals)
 * @param triage                     absent while the referral waits for triage
 * @param allocation                 present only after a triage outcome that allocates
 * @param answer                     the receiving organisation's acceptance or return; present only after allocation
 * @param firstAppointmentOfferedOn  the waiting clock's later stop, for accepted referrals only
 * @param firstInterventionStartedOn the waiting clock's last stop, for accepted referrals only
 */
public record HistoricReferral(
        NewReferral details,
        Instant receivedAt,
        String receivedBy,
        @Nullable Triage triage,
        @Nullable Allocation allocation,
        @Nullable Answer answer,
        @Nullable LocalDate firstAppointmentOfferedOn,
        @Nullable LocalDate firstInterventionStartedOn) {

    /** Triage as decided; a closing outcome closes the referral at {@code at}. */
    public record Triage(
            Instant at,
            String by,
            TriageOutcome outcome,
            String reason,
            @Nullable String neededIntervention,
            @Nullable String substanceGroup) {}

    /** Where the referral was sent, by whom and why (the override reason when the proposal was not followed). */
    public record Allocation(
            Instant at,
            String by,
            UUID organisationId,
            String routingReason,
            @Nullable String overrideReason) {}

    /** The receiving organisation's answer: accepted, or returned to the SPOC with a reason. */
    public record Answer(
            Instant at,
            String by,
            boolean accepted,
            @Nullable String returnReason) {

        public static Answer accepted(Instant at, String by) {
            return new Answer(at, by, true, null);
        }

        public static Answer returned(Instant at, String by, String reason) {
            return new Answer(at, by, false, reason);
        }
    }

    /** The state the stages present lead to. */
    public ReferralStatus status() {
        if (triage == null) {
            return ReferralStatus.RECEIVED;
        }
        if (triage.outcome().closesReferral()) {
            return ReferralStatus.CLOSED;
        }
        if (allocation == null) {
            return ReferralStatus.TRIAGED;
        }
        if (answer == null) {
            return ReferralStatus.ALLOCATED;
        }
        return answer.accepted() ? ReferralStatus.ACCEPTED : ReferralStatus.RETURNED;
    }
}
