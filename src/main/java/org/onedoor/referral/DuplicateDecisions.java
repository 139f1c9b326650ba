package org.onedoor.referral;

import java.time.Clock;
import java.util.UUID;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's answer to the possible duplicates of a referral: it is the same person as another referral (this one
 * is voided as a duplicate and both histories say so), or none of the candidates is (recorded, so the check shows).
 */
@Service
public class DuplicateDecisions {

    private final Referrals referrals;
    private final ReferralHistory history;
    private final PracticeMenu menu;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    DuplicateDecisions(
            Referrals referrals, ReferralHistory history, PracticeMenu menu, CurrentUsers currentUsers, Clock clock) {
        this.referrals = referrals;
        this.history = history;
        this.menu = menu;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    @Transactional
    public void sameAs(UUID duplicateId, UUID keptId) {
        if (duplicateId.equals(keptId)) {
            throw new DomainRuleViolation("SAME_REFERRAL", null, "A referral cannot be a duplicate of itself");
        }
        Referral duplicate = referral(duplicateId);
        Referral kept = referral(keptId);
        duplicate.voidBecause(
                "Duplicate: the same person as referral " + kept.reference(),
                currentUsers.actorName(),
                clock.instant());
        referrals.save(duplicate);
        menu.release(duplicateId);
        history.record(
                duplicateId,
                "VOIDED",
                "Duplicate: the same person as referral " + kept.reference(),
                currentUsers.actorName());
        history.record(
                keptId,
                "DUPLICATE_LINKED",
                "Referral " + duplicate.reference() + " was the same person and was voided as a duplicate",
                currentUsers.actorName());
    }

    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    @Transactional
    public void noneIsTheSamePerson(UUID referralId, int candidatesChecked) {
        referral(referralId);
        history.record(
                referralId,
                "DUPLICATES_CHECKED",
                candidatesChecked == 1
                        ? "The possible duplicate is not the same person: a new person"
                        : "None of the " + candidatesChecked + " possible duplicates is the same person: a new person",
                currentUsers.actorName());
    }

    private Referral referral(UUID id) {
        return referrals.findById(id).filter(Referral::notVoided).orElseThrow(() -> new NotFound("Referral", id));
    }
}
