package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.alcohol.AlcoholScreening;
import org.onedoor.assessment.alcohol.AuditCAnswers;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OfferTerms;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.partnership.PracticeOfferAvailability;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.OdsCode;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.NewReferralBuilder;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReferralAllocationIntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final String EBI = "EXTENDED_BRIEF_INTERVENTION";

    @Autowired
    ReferralIntake intake;

    @Autowired
    ReferralAllocation allocation;

    @Autowired
    ReferralInbox inbox;

    @Autowired
    ReferralRecords records;

    @Autowired
    Directory directory;

    @Autowired
    PracticeMenu menu;

    @Autowired
    CurrentUsers currentUsers;

    private final CurrentUser admin = Actors.person(Role.ADMINISTRATOR, UUID.randomUUID());
    private final CurrentUser spoc = Actors.person(Role.SPOC_WORKER, UUID.randomUUID());

    @Test
    void routesToTheClientsOwnPracticeHoldsAPlaceAndThePracticeAccepts() {
        UUID own = practiceOffering(EBI, 2);
        UUID referral = triagedForAlcohol(own);

        RoutingProposal proposal = as(spoc, () -> allocation.proposal(referral));
        assertThat(proposal.organisationId()).isEqualTo(own);
        assertThat(proposal.reason())
                .startsWith("The client's own practice")
                .contains("offers extended brief intervention for alcohol; 2 of 2 places left this month");

        as(spoc, () -> {
            allocation.allocate(referral, own, null);
            return null;
        });
        assertThat(places(own)).isEqualTo(1);

        CurrentUser gp = Actors.person(Role.PRACTICE_USER, own);
        assertThat(as(gp, () -> inbox.waiting(0, 10)).items())
                .filteredOn(entry -> entry.id().equals(referral))
                .extracting(InboxEntry::neededIntervention, InboxEntry::substanceGroup)
                .as("labels from partnership's report views")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Extended brief intervention", "Alcohol"));
        assertThat(as(spoc, () -> records.view(referral)).triage())
                .extracting("neededInterventionLabel", "substanceGroupLabel")
                .containsExactly("Extended brief intervention", "Alcohol");
        as(gp, () -> {
            inbox.accept(referral, null);
            return null;
        });
        ReferralView view = as(spoc, () -> records.view(referral));
        assertThat(view.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(view.history())
                .extracting(ReferralEvent::action)
                .containsExactly("RECEIVED", "SCREENED", "TRIAGED", "ALLOCATED", "ACCEPTED");
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void theInboxShowsWhatAPracticeNeedsToDecideAndAReturnNeedsAReasonAndWords() throws Exception {
        UUID own = practiceOffering(EBI, 2);
        UUID referral = triagedForAlcohol(own);
        as(spoc, () -> {
            allocation.allocate(referral, own, null);
            return null;
        });
        CurrentUser gp = Actors.person(Role.PRACTICE_USER, own);
        InboxEntry entry = as(gp, () -> inbox.waiting(0, 25)).items().stream()
                .filter(e -> e.id().equals(referral))
                .findFirst()
                .orElseThrow();
        assertThat(entry.safeContact()).isEqualTo("Phone call in person only");
        assertThat(entry.screening()).startsWith("AUDIT-C score 7, positive");
        assertThat(entry.daysWaiting()).isNotNegative();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/inbox")
                        .with(org.onedoor.testsupport.Actors.as(gp)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Safe contact"),
                                org.hamcrest.Matchers.containsString("AUDIT-C score 7"),
                                org.hamcrest.Matchers.containsString("Why are you returning it?"))));

        assertThatThrownBy(() -> as(gp, () -> {
                    inbox.giveBack(referral, null, "  ");
                    return null;
                }))
                .isInstanceOf(org.onedoor.shared.FieldProblems.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).problems())
                        .extracting(DomainRuleViolation.FieldProblem::field)
                        .containsExactly("why", "reason"));
        assertThat(as(spoc, () -> records.view(referral)).status()).isEqualTo(ReferralStatus.ALLOCATED);

        as(gp, () -> {
            inbox.giveBack(referral, ReturnReason.NO_CAPACITY, "Our nurse is away until March");
            return null;
        });
        ReferralView view = as(spoc, () -> records.view(referral));
        assertThat(view.status()).isEqualTo(ReferralStatus.RETURNED);
        assertThat(view.history())
                .extracting(ReferralEvent::detail)
                .contains("We have no capacity at the moment: Our nurse is away until March");
    }

    @Test
    void returningAReferralGivesThePlaceBackAndPutsItBackInTheQueue() {
        UUID own = practiceOffering(EBI, 1);
        UUID referral = triagedForAlcohol(own);
        as(spoc, () -> {
            allocation.allocate(referral, own, null);
            return null;
        });
        assertThat(places(own)).isZero();
        CurrentUser gp = Actors.person(Role.PRACTICE_USER, own);
        assertThatThrownBy(() -> as(gp, () -> {
                    inbox.giveBack(referral, " ");
                    return null;
                }))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("reason");
        as(gp, () -> {
            inbox.giveBack(referral, "Patient has moved away");
            return null;
        });
        assertThat(places(own)).isEqualTo(1);
        assertThat(as(spoc, () -> records.view(referral)).status()).isEqualTo(ReferralStatus.RETURNED);
    }

    @Test
    void fallsBackToAnotherPracticeThenToTheSpecialistProvider() {
        UUID own = practiceOffering(EBI, 0);
        UUID other = practiceOffering(EBI, 40);
        UUID referral = triagedForAlcohol(own);
        RoutingProposal proposal = as(spoc, () -> allocation.proposal(referral));
        assertThat(proposal.reason()).startsWith("The client's own practice has no places left this month");
        assertThat(proposal.practice()).isTrue();
        assertThat(proposal.organisationId()).isNotEqualTo(own);

        UUID lonely = practiceOffering(null, null);
        UUID unusual = received(lonely);
        as(spoc, () -> {
            allocation.triage(
                    unusual,
                    new TriageDecision(
                            TriageOutcome.ALLOCATE_TO_PRACTICE, "Needs help", "SHARED_CARE_PRESCRIBING", "NPS"));
            return null;
        });
        RoutingProposal specialist = as(spoc, () -> allocation.proposal(unusual));
        assertThat(specialist.practice()).isFalse();
        assertThat(specialist.reason())
                .contains("does not offer shared-care prescribing for new psychoactive substances")
                .contains("takes it as the specialist provider");
        assertThat(other).isNotNull();
    }

    @Test
    void overridingTheProposalNeedsAReasonAndTriageNeedsItsFields() {
        UUID own = practiceOffering(EBI, 3);
        UUID elsewhere = practiceOffering(EBI, 3);
        UUID referral = triagedForAlcohol(own);
        assertThatThrownBy(() -> as(spoc, () -> {
                    allocation.allocate(referral, elsewhere, "");
                    return null;
                }))
                .hasMessageContaining("reason for sending the referral somewhere other than proposed");
        as(spoc, () -> {
            allocation.allocate(referral, elsewhere, "Client works near the other surgery");
            return null;
        });
        assertThat(places(elsewhere)).isEqualTo(2);

        UUID another = received(own);
        FieldProblems problems = org.assertj.core.api.Assertions.catchThrowableOfType(
                FieldProblems.class,
                () -> as(spoc, () -> {
                    allocation.triage(another, new TriageDecision(TriageOutcome.ALLOCATE_TO_PRACTICE, "", null, null));
                    return null;
                }));
        assertThat(problems.problems())
                .extracting(DomainRuleViolation.FieldProblem::field)
                .containsExactlyInAnyOrder("reason", "neededIntervention", "substanceGroup");
    }

    @Test
    void aClosingOutcomeClosesTheReferralWithItsReason() {
        UUID referral = received(null);
        as(spoc, () -> {
            allocation.triage(
                    referral,
                    new TriageDecision(TriageOutcome.ADVICE_ONLY, "Wanted advice on cutting down", null, null));
            return null;
        });
        ReferralView view = as(spoc, () -> records.view(referral));
        assertThat(view.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThatThrownBy(() -> as(spoc, () -> allocation.proposal(referral))).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void voidingNeedsAReasonKeepsTheRecordAndGivesThePlaceBack() {
        UUID own = practiceOffering(EBI, 1);
        UUID referral = triagedForAlcohol(own);
        as(spoc, () -> {
            allocation.allocate(referral, own, null);
            return null;
        });
        assertThatThrownBy(() -> as(spoc, () -> {
                    allocation.voidReferral(referral, "");
                    return null;
                }))
                .hasMessageContaining("reason");
        as(spoc, () -> {
            allocation.voidReferral(referral, "Duplicate of an earlier referral");
            return null;
        });
        assertThat(places(own)).isEqualTo(1);
        assertThatThrownBy(() -> as(spoc, () -> records.view(referral)))
                .isInstanceOf(org.onedoor.shared.NotFound.class);
    }

    private UUID triagedForAlcohol(UUID practice) {
        UUID referral = received(practice);
        as(spoc, () -> {
            allocation.recordScreening(referral, AlcoholScreening.scoreAuditC(new AuditCAnswers(3, 2, 2)));
            allocation.triage(
                    referral,
                    new TriageDecision(
                            TriageOutcome.ALLOCATE_TO_PRACTICE,
                            "AUDIT-C positive; wants support near home",
                            EBI,
                            "ALCOHOL"));
            return null;
        });
        return referral;
    }

    private UUID received(UUID practice) {
        NewReferral base = ReferralFixtures.aReferral().build();
        NewReferral referral = NewReferralBuilder.aReferral()
                .channel(base.channel())
                .named(base.givenName(), base.familyName())
                .born(base.dateOfBirth())
                .sex(base.sex())
                .postcode(null)
                .contact(ContactDetails.NONE)
                .gp(practice)
                .build();
        return as(spoc, () -> intake.receive(referral)).id();
    }

    private UUID practiceOffering(String intervention, Integer capacity) {
        String ods = "W"
                + String.format(
                        "%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100000));
        return as(admin, () -> {
            if (directory.activeOrganisations(OrganisationType.LEAD_PROVIDER).isEmpty()) {
                directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.LEAD_PROVIDER)
                        .named("Routing Lead Provider")
                        .activeFrom(FROM)
                        .build());
            }
            UUID id = directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                    .named("Routing Surgery " + ods)
                    .ods(ods)
                    .listSize(5000)
                    .activeFrom(FROM)
                    .build());
            if (intervention != null) {
                menu.addOffer(new OdsCode(ods), new OfferTerms(intervention, "ALCOHOL", FROM, null, capacity));
            }
            return id;
        });
    }

    private int places(UUID practice) {
        return menu.offering(EBI, "ALCOHOL", LocalDate.of(2026, 11, 23)).stream()
                .filter(o -> o.practiceId().equals(practice))
                .findFirst()
                .map(PracticeOfferAvailability::remaining)
                .orElseThrow();
    }

    private <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
