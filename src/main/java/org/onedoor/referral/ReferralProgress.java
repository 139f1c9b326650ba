package org.onedoor.referral;

import java.time.LocalDate;
import java.util.UUID;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting clock's later stops. They happen in treatment, which tells them down to this module (referral never
 * depends on treatment): the first appointment offered and the first intervention started. The earliest date wins.
 */
@Service
public class ReferralProgress {

    private final Referrals referrals;
    private final ReferralHistory history;
    private final CurrentUsers currentUsers;

    ReferralProgress(Referrals referrals, ReferralHistory history, CurrentUsers currentUsers) {
        this.referrals = referrals;
        this.history = history;
        this.currentUsers = currentUsers;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void firstAppointmentOffered(ReferralId referralId, LocalDate on) {
        Referral referral = referral(referralId.value());
        referral.firstAppointmentOffered(on);
        referrals.save(referral);
        history.record(
                referralId.value(),
                "APPOINTMENT_OFFERED",
                "First appointment offered for " + on,
                currentUsers.actorName());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void firstInterventionStarted(ReferralId referralId, LocalDate on) {
        Referral referral = referral(referralId.value());
        referral.firstInterventionStarted(on);
        referrals.save(referral);
        history.record(
                referralId.value(),
                "INTERVENTION_STARTED",
                "First intervention started on " + on,
                currentUsers.actorName());
    }

    private Referral referral(UUID id) {
        return referrals.findById(id).orElseThrow(() -> new NotFound("Referral", id));
    }
}
