package org.onedoor.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.alcohol.AlcoholScreeningResult;
import org.onedoor.partnership.CodeLabel;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API from triage to acceptance: screening and triage by the SPOC, a routing proposal that respects the
 * practice menus, allocation (holding a practice's place), and acceptance or return by the receiving organisation.
 */
@Service
public class ReferralAllocation {

    private final Referrals referrals;
    private final ReferralHistory history;
    private final ScreeningRecords screenings;
    private final PracticeMenu menu;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReferralAllocation(
            Referrals referrals,
            ReferralHistory history,
            ScreeningRecords screenings,
            PracticeMenu menu,
            Directory directory,
            CurrentUsers currentUsers,
            Clock clock) {
        this.referrals = referrals;
        this.history = history;
        this.screenings = screenings;
        this.menu = menu;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    @Transactional
    public void recordScreening(UUID referralId, AlcoholScreeningResult result) {
        referral(referralId);
        screenings.record(referralId, result, currentUsers.actorName());
        history.record(referralId, "SCREENED", result.explanation(), currentUsers.actorName());
    }

    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    public List<ScreeningRecords.Screening> screenings(UUID referralId) {
        return screenings.of(referralId);
    }

    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    @Transactional
    public void triage(UUID referralId, TriageDecision decision) {
        FieldProblems.Collector problems = ReferralCheck.PROBLEMS.collector();
        if (decision.outcome() == null) {
            problems.add("outcome", "REQUIRED", Messages.text("referral.outcome.required"));
        }
        if (decision.reason() == null || decision.reason().isBlank()) {
            problems.add("reason", "REQUIRED", Messages.text("referral.reason.required"));
        } else if (decision.reason().length() > 1000) {
            problems.add("reason", "TOO_LONG", Messages.text("referral.reason.tooLong"));
        }
        boolean allocating = decision.outcome() != null && !decision.outcome().closesReferral();
        if (allocating && !known(menu.interventions(), decision.neededIntervention())) {
            problems.add("neededIntervention", "REQUIRED", Messages.text("referral.neededIntervention.required"));
        }
        if (allocating && !known(menu.substanceGroups(), decision.substanceGroup())) {
            problems.add("substanceGroup", "REQUIRED", Messages.text("referral.substanceGroup.required"));
        }
        problems.throwIfAny();
        Referral referral = referral(referralId);
        referral.triage(
                decision.outcome(),
                decision.reason().strip(),
                allocating ? decision.neededIntervention() : null,
                allocating ? decision.substanceGroup() : null,
                clock.instant(),
                currentUsers.actorName());
        referrals.save(referral);
        history.record(
                referralId,
                "TRIAGED",
                decision.outcome().label() + ": " + decision.reason().strip(),
                currentUsers.actorName());
    }

    /** Where the referral should go and why; the worker accepts it or overrides it with a reason. */
    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    public RoutingProposal proposal(UUID referralId) {
        Referral referral = referral(referralId);
        if (referral.neededIntervention() == null || referral.substanceGroup() == null) {
            throw new DomainRuleViolation(
                    "NOT_TRIAGED_FOR_ALLOCATION", null, Messages.text("referral.record.notTriagedForAllocation"));
        }
        String need = label(menu.interventions(), referral.neededIntervention()).toLowerCase() + " for "
                + label(menu.substanceGroups(), referral.substanceGroup()).toLowerCase();
        List<OrganisationSummary> providers = directory.activeOrganisations(OrganisationType.LEAD_PROVIDER);
        if (providers.isEmpty()) {
            throw new DomainRuleViolation("NO_LEAD_PROVIDER", null, Messages.text("referral.record.noLeadProvider"));
        }
        return RoutingPolicy.propose(
                referral.gpPracticeId(),
                need,
                menu.offering(referral.neededIntervention(), referral.substanceGroup(), LocalDate.now(clock)),
                providers.get(0),
                directory.activeOrganisations(OrganisationType.PARTNER_PROVIDER));
    }

    /** Allocates as proposed, or to another organisation with the reason for overriding; holds a practice place. */
    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    @Transactional
    public void allocate(UUID referralId, UUID organisationId, @Nullable String overrideReason) {
        RoutingProposal proposal = proposal(referralId);
        boolean overriding = !proposal.organisationId().equals(organisationId);
        if (overriding && (overrideReason == null || overrideReason.isBlank())) {
            throw new DomainRuleViolation(
                    "OVERRIDE_REASON_REQUIRED",
                    "overrideReason",
                    Messages.text("referral.overrideReason.overrideReasonRequired"));
        }
        OrganisationSummary receiver = directory.organisation(organisationId);
        Referral referral = referral(referralId);
        referral.allocateTo(
                organisationId, proposal.reason(), overriding ? overrideReason.strip() : null, clock.instant());
        if (receiver.type() == OrganisationType.GP_PRACTICE) {
            menu.hold(
                    organisationId,
                    referral.neededIntervention(),
                    referral.substanceGroup(),
                    LocalDate.now(clock),
                    referralId);
        }
        referrals.save(referral);
        history.record(
                referralId,
                "ALLOCATED",
                "To " + receiver.name()
                        + (overriding
                                ? " instead of " + proposal.organisationName() + ": " + overrideReason.strip()
                                : ". " + proposal.reason()),
                currentUsers.actorName());
    }

    /** Voids a referral made in error (a duplicate, a test call); a practice place it held is given back. */
    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    @Transactional
    public void voidReferral(UUID referralId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 400) {
            throw new DomainRuleViolation(
                    "REASON_REQUIRED", "reason", Messages.text("referral.reason.reasonRequired.void"));
        }
        Referral referral = referral(referralId);
        referral.voidBecause(reason.strip(), currentUsers.actorName(), clock.instant());
        referrals.save(referral);
        menu.release(referralId);
        history.record(referralId, "VOIDED", reason.strip(), currentUsers.actorName());
    }

    private Referral referral(UUID id) {
        return referrals.findById(id).orElseThrow(() -> new NotFound("Referral", id));
    }

    private static boolean known(List<CodeLabel> codes, @Nullable String code) {
        return code != null && codes.stream().anyMatch(c -> c.code().equals(code));
    }

    private static String label(List<CodeLabel> codes, String code) {
        return codes.stream()
                .filter(c -> c.code().equals(code))
                .map(CodeLabel::label)
                .findFirst()
                .orElse(code);
    }
}
