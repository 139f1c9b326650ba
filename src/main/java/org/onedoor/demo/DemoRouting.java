package org.onedoor.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.partnership.PracticeOfferAvailability;
import org.onedoor.referral.RoutingPolicy;
import org.onedoor.referral.RoutingProposal;

/**
 * Where demo referrals are allocated: where {@link RoutingPolicy} proposes, given the practices' offers less the
 * places this generation has already taken, now and then overridden with a reason.
 */
final class DemoRouting {

    private final DemoContext context;
    private final Random random;
    private final PracticeMenu menu;
    private final OrganisationSummary leadProvider;
    private final List<OrganisationSummary> partners;
    private final Map<String, String> interventionLabels = new HashMap<>();
    private final Map<String, String> groupLabels = new HashMap<>();
    private final Map<String, List<PracticeOfferAvailability>> offers = new HashMap<>();
    private final Map<String, Integer> placesUsed = new HashMap<>();

    DemoRouting(
            DemoContext context,
            PracticeMenu menu,
            OrganisationSummary leadProvider,
            List<OrganisationSummary> partners) {
        this.context = context;
        this.random = context.random;
        this.menu = menu;
        this.leadProvider = leadProvider;
        this.partners = partners;
        menu.interventions().forEach(c -> interventionLabels.put(c.code(), c.label()));
        menu.substanceGroups().forEach(c -> groupLabels.put(c.code(), c.label()));
    }

    /** A practice's place taken for the month of allocation. */
    void takePlace(UUID practice, String intervention, String group, LocalDate allocatedOn) {
        placesUsed.merge(
                practice + "|" + intervention + "|" + group + "|" + allocatedOn.withDayOfMonth(1), 1, Integer::sum);
    }

    /**
     * Where routing proposes, counting the places this generation has already taken; now and then the worker
     * overrides it, with a reason, as real workers do.
     */
    Target target(@Nullable UUID own, String intervention, String group, LocalDate on) {
        String need = interventionLabels.get(intervention).toLowerCase() + " for "
                + groupLabels.get(group).toLowerCase();
        List<PracticeOfferAvailability> available = offers
                .computeIfAbsent(intervention + "|" + group + "|" + on, k -> menu.offering(intervention, group, on))
                .stream()
                .map(offer -> withPlacesTaken(offer, on))
                .toList();
        RoutingProposal proposal = RoutingPolicy.propose(own, need, available, leadProvider, partners);
        RoutingProposal.Option partner = proposal.alternatives().stream()
                .filter(o -> !o.practice() && o.note().startsWith("Partner"))
                .findFirst()
                .orElse(null);
        if (partner != null && (group.equals("OPIATES") || group.equals("CRACK_COCAINE")) && chance(15)) {
            return new Target(
                    partner.organisationId(),
                    false,
                    proposal.reason(),
                    "Harm reduction and engagement first with " + partner.name(),
                    partner.organisationId()
                                    .equals(context.first(OrganisationType.PARTNER_PROVIDER)
                                            .id())
                            ? DemoAccount.PARTNER
                            : "safer.streets");
        }
        RoutingProposal.Option practice = proposal.alternatives().stream()
                .filter(RoutingProposal.Option::practice)
                .findFirst()
                .orElse(null);
        if (proposal.practice() && practice != null && chance(8)) {
            return new Target(
                    practice.organisationId(),
                    true,
                    proposal.reason(),
                    "The client asked to be seen nearer work",
                    null);
        }
        return new Target(
                proposal.organisationId(),
                proposal.practice(),
                proposal.reason(),
                null,
                proposal.practice() ? null : "recovery");
    }

    private PracticeOfferAvailability withPlacesTaken(PracticeOfferAvailability offer, LocalDate on) {
        if (offer.monthlyCapacity() == null) {
            return offer;
        }
        int used = placesUsed.getOrDefault(
                offer.practiceId() + "|" + offer.intervention() + "|" + offer.substanceGroup() + "|"
                        + on.withDayOfMonth(1),
                0);
        return new PracticeOfferAvailability(
                offer.practiceId(),
                offer.odsCode(),
                offer.practiceName(),
                offer.intervention(),
                offer.substanceGroup(),
                offer.monthlyCapacity(),
                used,
                Math.max(0, offer.monthlyCapacity() - used));
    }

    private boolean chance(double percent) {
        return random.nextDouble() * 100 < percent;
    }

    /** Where a referral went, the proposal's reason, and the override reason when the worker chose elsewhere. */
    record Target(
            UUID id,
            boolean practice,
            String reason,
            @Nullable String overrideReason,
            @Nullable String user) {}
}
