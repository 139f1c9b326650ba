package org.onedoor.referral;

import static org.onedoor.shared.Text.tidy;

/**
 * Whether a historic referral's stages hang together, for {@link ReferralImport}: each stage after the one it
 * follows, an allocation only after a triage that allocates, an answer only after an allocation, and the waiting
 * clock's later stops only on an accepted referral.
 */
final class HistoricReferralCheck {

    private HistoricReferralCheck() {}

    /** @throws IllegalArgumentException naming the record (by its index) and the first rule it breaks */
    static void check(int index, HistoricReferral referral) {
        String where = "Historic referral " + index + ": ";
        NewReferral details = referral.details();
        require(
                !details.substances().isEmpty() && details.substances().size() <= 3,
                where + "needs one to three substances");
        HistoricReferral.Triage triage = referral.triage();
        HistoricReferral.Allocation allocation = referral.allocation();
        HistoricReferral.Answer answer = referral.answer();
        if (triage != null) {
            require(!triage.at().isBefore(referral.receivedAt()), where + "triaged before it was received");
            require(
                    triage.outcome().completeWith(triage.neededIntervention(), triage.substanceGroup()),
                    where + "an allocating triage needs the intervention and the substance group");
        }
        if (allocation != null) {
            require(
                    triage != null && !triage.outcome().closesReferral(),
                    where + "only a referral triaged for allocation can be allocated");
            require(!allocation.at().isBefore(triage.at()), where + "allocated before it was triaged");
        } else {
            require(answer == null, where + "only an allocated referral can be accepted or returned");
        }
        if (answer != null) {
            require(!answer.at().isBefore(allocation.at()), where + "answered before it was allocated");
            require(answer.accepted() || tidy(answer.returnReason()) != null, where + "a return needs its reason");
        }
        require(
                referral.status() == ReferralStatus.ACCEPTED
                        || referral.firstAppointmentOfferedOn() == null
                                && referral.firstInterventionStartedOn() == null,
                where + "only an accepted referral has first appointment or intervention dates");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
