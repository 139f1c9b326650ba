package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeOfferAvailability;

/** The routing rule on its own: own practice first, then the practice with most places, then the specialist. */
class RoutingPolicyTest {

    private static final String NEED = "extended brief intervention for alcohol";

    private final OrganisationSummary specialist = organisation("Northgate Recovery", OrganisationType.LEAD_PROVIDER);
    private final OrganisationSummary partner = organisation("Harbour Outreach", OrganisationType.PARTNER_PROVIDER);
    private final PracticeOfferAvailability oakwood = offer("Oakwood Surgery", 5, 3);
    private final PracticeOfferAvailability elm = offer("Elm Tree Practice", 10, 7);
    private final PracticeOfferAvailability unlimited = offer("Birch Lane Surgery", null, null);
    private final PracticeOfferAvailability full = offer("Cedar Medical Centre", 4, 0);

    @Test
    void theClientsOwnPracticeWhenItOffersTheNeedWithPlacesLeft() {
        RoutingProposal proposal = propose(oakwood.practiceId(), List.of(elm, oakwood));

        assertThat(proposal.organisationId()).isEqualTo(oakwood.practiceId());
        assertThat(proposal.practice()).isTrue();
        assertThat(proposal.reason())
                .isEqualTo("The client's own practice, Oakwood Surgery, offers " + NEED
                        + "; 3 of 5 places left this month.");
        assertThat(proposal.alternatives())
                .extracting(RoutingProposal.Option::name)
                .containsExactly("Elm Tree Practice", "Northgate Recovery", "Harbour Outreach");
    }

    @Test
    void thePracticeWithMostPlacesLeftWhenTheOwnPracticeIsFull() {
        RoutingProposal proposal = propose(full.practiceId(), List.of(oakwood, full, elm));

        assertThat(proposal.organisationId()).isEqualTo(elm.practiceId());
        assertThat(proposal.reason())
                .isEqualTo("The client's own practice has no places left this month. " + "Elm Tree Practice offers "
                        + NEED + "; 7 of 10 places left this month.");
        assertThat(proposal.alternatives())
                .extracting(RoutingProposal.Option::name)
                .as("full practices are never offered")
                .doesNotContain("Cedar Medical Centre")
                .startsWith("Oakwood Surgery");
    }

    @Test
    void aPracticeWithoutALimitCountsAsMostPlaces() {
        RoutingProposal proposal = propose(null, List.of(elm, unlimited));

        assertThat(proposal.organisationId()).isEqualTo(unlimited.practiceId());
        assertThat(proposal.reason())
                .isEqualTo("The client's GP practice is not known. Birch Lane Surgery offers " + NEED
                        + "; no limit on places this month.");
    }

    @Test
    void saysWhenTheOwnPracticeDoesNotOfferTheNeed() {
        RoutingProposal proposal = propose(UUID.randomUUID(), List.of(oakwood));

        assertThat(proposal.organisationId()).isEqualTo(oakwood.practiceId());
        assertThat(proposal.reason()).startsWith("The client's own practice does not offer " + NEED + ". ");
    }

    @Test
    void theSpecialistProviderWhenNoPracticeHasPlaces() {
        RoutingProposal proposal = propose(full.practiceId(), List.of(full));

        assertThat(proposal.organisationId()).isEqualTo(specialist.id());
        assertThat(proposal.practice()).isFalse();
        assertThat(proposal.reason())
                .isEqualTo("The client's own practice has no places left this month, and no "
                        + "practice of the partnership offers " + NEED + " with places left this month, so Northgate "
                        + "Recovery takes it as the specialist provider.");
        assertThat(proposal.alternatives())
                .extracting(RoutingProposal.Option::name)
                .containsExactly("Harbour Outreach");
    }

    @Test
    void theSpecialistIsNotListedTwiceAmongThePartners() {
        RoutingProposal proposal =
                RoutingPolicy.propose(null, NEED, List.of(oakwood), specialist, List.of(specialist, partner));

        assertThat(proposal.alternatives())
                .extracting(RoutingProposal.Option::name)
                .containsExactly("Northgate Recovery", "Harbour Outreach");
        assertThat(proposal.alternatives())
                .extracting(RoutingProposal.Option::note)
                .containsExactly("Specialist provider", "Partner provider");
    }

    private RoutingProposal propose(@Nullable UUID ownPractice, List<PracticeOfferAvailability> offers) {
        return RoutingPolicy.propose(ownPractice, NEED, offers, specialist, List.of(partner));
    }

    private static PracticeOfferAvailability offer(
            String name, @Nullable Integer capacity, @Nullable Integer remaining) {
        int held = capacity == null || remaining == null ? 0 : capacity - remaining;
        return new PracticeOfferAvailability(
                UUID.randomUUID(),
                "A" + Math.abs(name.hashCode() % 100000),
                name,
                "EXTENDED_BRIEF_INTERVENTION",
                "ALCOHOL",
                capacity,
                held,
                remaining);
    }

    private static OrganisationSummary organisation(String name, OrganisationType type) {
        return new OrganisationSummary(
                UUID.randomUUID(),
                type,
                name,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2026, 4, 1),
                null,
                0);
    }
}
