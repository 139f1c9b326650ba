package org.onedoor.referral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.PracticeOfferAvailability;

/**
 * The routing rule, named so commissioners can read it: the client's own registered practice when its menu offers
 * the needed intervention for the substance group on the day and it has places left; otherwise the practice of the
 * partnership with most places left that offers it; otherwise the specialist provider.
 */
public final class RoutingPolicy {

    private RoutingPolicy() {}

    public static RoutingProposal propose(
            @Nullable UUID ownPractice,
            String need,
            List<PracticeOfferAvailability> offers,
            OrganisationSummary specialist,
            List<OrganisationSummary> partners) {
        List<PracticeOfferAvailability> withPlaces = offers.stream()
                .filter(PracticeOfferAvailability::hasCapacity)
                .sorted(Comparator.comparing((PracticeOfferAvailability o) ->
                                o.remaining() == null ? Integer.MAX_VALUE : o.remaining())
                        .reversed()
                        .thenComparing(PracticeOfferAvailability::practiceName))
                .toList();
        List<RoutingProposal.Option> options = new ArrayList<>();
        withPlaces.forEach(
                o -> options.add(new RoutingProposal.Option(o.practiceId(), o.practiceName(), true, places(o))));
        options.add(new RoutingProposal.Option(specialist.id(), specialist.name(), false, "Specialist provider"));
        partners.stream()
                .filter(p -> !p.id().equals(specialist.id()))
                .forEach(p -> options.add(new RoutingProposal.Option(p.id(), p.name(), false, "Partner provider")));

        Optional<PracticeOfferAvailability> own = withPlaces.stream()
                .filter(o -> o.practiceId().equals(ownPractice))
                .findFirst();
        if (own.isPresent()) {
            return proposal(
                    own.get(),
                    "The client's own practice, " + own.get().practiceName() + ", " + offers(own.get(), need),
                    options);
        }
        String ownProblem = ownPractice == null
                ? "The client's GP practice is not known"
                : offers.stream().anyMatch(o -> o.practiceId().equals(ownPractice))
                        ? "The client's own practice has no places left this month"
                        : "The client's own practice does not offer " + need;
        if (!withPlaces.isEmpty()) {
            return proposal(
                    withPlaces.get(0),
                    ownProblem + ". " + withPlaces.get(0).practiceName() + " " + offers(withPlaces.get(0), need),
                    options);
        }
        return new RoutingProposal(
                specialist.id(),
                specialist.name(),
                false,
                ownProblem
                        + ", and no practice of the partnership offers " + need + " with places left this month, so "
                        + specialist.name() + " takes it as the specialist provider.",
                without(options, specialist.id()));
    }

    private static RoutingProposal proposal(
            PracticeOfferAvailability chosen, String reason, List<RoutingProposal.Option> options) {
        return new RoutingProposal(
                chosen.practiceId(), chosen.practiceName(), true, reason, without(options, chosen.practiceId()));
    }

    private static String offers(PracticeOfferAvailability offer, String need) {
        return "offers " + need + "; " + places(offer) + ".";
    }

    private static String places(PracticeOfferAvailability offer) {
        return offer.remaining() == null
                ? "no limit on places this month"
                : offer.remaining() + " of " + offer.monthlyCapacity() + " places left this month";
    }

    private static List<RoutingProposal.Option> without(List<RoutingProposal.Option> options, UUID id) {
        return options.stream().filter(o -> !o.organisationId().equals(id)).toList();
    }
}
