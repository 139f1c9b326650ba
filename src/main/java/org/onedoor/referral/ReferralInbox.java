package org.onedoor.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientCandidates;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving organisation's side: referrals allocated to it, which it accepts or returns to the SPOC with a
 * reason (giving back the practice place that was held).
 */
@Service
public class ReferralInbox {

    private final InboxQuery query;
    private final Referrals referrals;
    private final ReferralHistory history;
    private final PracticeMenu menu;
    private final ReferralClients clients;
    private final ClientCandidates candidates;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReferralInbox(
            InboxQuery query,
            Referrals referrals,
            ReferralHistory history,
            PracticeMenu menu,
            ReferralClients clients,
            ClientCandidates candidates,
            CurrentUsers currentUsers,
            Clock clock) {
        this.query = query;
        this.referrals = referrals;
        this.history = history;
        this.menu = menu;
        this.clients = clients;
        this.candidates = candidates;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Referrals waiting for the signed-in user's organisation, urgent first, then oldest. */
    @PreAuthorize("hasAuthority('REFERRAL_RECEIVE')")
    public ResultPage<InboxEntry> waiting(int page, int size) {
        return query.waiting(currentUsers.require().organisationId(), page, ResultPage.clampSize(size));
    }

    /**
     * The person a referral waiting for the signed-in user's organisation describes, and the existing client records
     * that may be them, for the worker to confirm one (or a new client) before accepting.
     */
    @PreAuthorize("hasAuthority('REFERRAL_RECEIVE')")
    public Acceptance acceptance(UUID referralId) {
        CurrentUser user = currentUsers.require();
        Referral referral = referral(referralId);
        if (!referral.awaitsAnswerFrom(user.organisationId())) {
            throw new NotFound("Referral waiting for your organisation", referralId);
        }
        return referral.acceptance(
                candidates.candidatesFor(referral.asClient(), "Acceptance check of referral " + referral.reference()));
    }

    /**
     * Accepts the referral and, in the same transaction, connects it to the shared client record the worker confirmed:
     * {@code client} is one of the {@link #acceptance} candidates, or null for a new client record. The accepting
     * organisation joins the care team as responsible for treatment (see {@link ReferralClients}).
     */
    @PreAuthorize("hasAuthority('REFERRAL_RECEIVE')")
    @Transactional
    public void accept(UUID referralId, @Nullable UUID client) {
        CurrentUser user = currentUsers.require();
        Referral referral = referral(referralId);
        referral.accept(user.organisationId(), clock.instant());
        clients.accepted(referral, user, LocalDate.now(clock), client);
        referrals.save(referral);
        history.record(
                referralId,
                "ACCEPTED",
                client == null
                        ? "Client confirmed: a new client record"
                        : "Client confirmed: an existing client record",
                user.username());
    }

    /** Gives the referral back with a reason from the list and the receiver's own words, both required. */
    @PreAuthorize("hasAuthority('REFERRAL_RECEIVE')")
    @Transactional
    public void giveBack(UUID referralId, @Nullable ReturnReason why, @Nullable String words) {
        FieldProblems.Collector problems = new FieldProblems.Kind("RETURN_INVALID", "return").collector();
        if (why == null) {
            problems.add("why", "REQUIRED", Messages.text("referral.return.why.required"));
        }
        problems.required("reason", words, 900, Messages.text("referral.reason.reasonRequired.return"));
        problems.throwIfAny();
        giveBack(referralId, (why == null ? "" : why.label()) + ": " + (words == null ? "" : words.strip()));
    }

    @PreAuthorize("hasAuthority('REFERRAL_RECEIVE')")
    @Transactional
    public void giveBack(UUID referralId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation(
                    "REASON_REQUIRED", "reason", Messages.text("referral.reason.reasonRequired.return"));
        }
        CurrentUser user = currentUsers.require();
        Referral referral = referral(referralId);
        referral.giveBack(user.organisationId(), reason.strip(), clock.instant());
        referrals.save(referral);
        menu.release(referralId);
        history.record(referralId, "RETURNED", reason.strip(), user.username());
    }

    private Referral referral(UUID id) {
        return referrals.findById(id).orElseThrow(() -> new NotFound("Referral", id));
    }
}
