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
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving organisation's side: referrals allocated to it, which it accepts or returns to the SPOC with a
 * reason (giving back the practice place that was held).
 */
@Service
public class ReferralInbox {

    private final JdbcClient jdbc;
    private final Referrals referrals;
    private final ReferralHistory history;
    private final PracticeMenu menu;
    private final ReferralClients clients;
    private final ClientCandidates candidates;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReferralInbox(
            JdbcClient jdbc,
            Referrals referrals,
            ReferralHistory history,
            PracticeMenu menu,
            ReferralClients clients,
            ClientCandidates candidates,
            CurrentUsers currentUsers,
            Clock clock) {
        this.jdbc = jdbc;
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
        UUID organisation = currentUsers.require().organisationId();
        int pageSize = ResultPage.clampSize(size);
        long total = jdbc.sql("select count(*) from referral where allocated_to = ? and status = 'ALLOCATED' "
                        + "and voided_at is null")
                .param(organisation)
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                select r.id, r.reference, r.given_name || ' ' || r.family_name name, r.date_of_birth, r.urgent,
                       i.label intervention, g.label grp, r.allocated_at, r.routing_reason
                  from referral r
                  join report_menu_intervention i on i.code = r.needed_intervention
                  join report_substance_group g on g.code = r.substance_group
                 where r.allocated_to = :organisation and r.status = 'ALLOCATED' and r.voided_at is null
                 order by r.urgent desc, r.allocated_at, r.id
                 offset :offset rows fetch next :size rows only
                """)
                .param("organisation", organisation)
                .param("offset", ResultPage.offset(page, pageSize))
                .param("size", pageSize)
                .query((rs, n) -> new InboxEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getString("name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getBoolean("urgent"),
                        rs.getString("intervention"),
                        rs.getString("grp"),
                        DbTime.instant(rs, "allocated_at"),
                        rs.getString("routing_reason")))
                .list();
        return new ResultPage<>(items, Math.max(0, page), pageSize, total);
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
