package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.NewReferralBuilder;

/** The referral aggregate's rules on their own: receipt, triage, allocation, acceptance, return and voiding. */
class ReferralTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant TRIAGED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-02T10:00:00Z");
    private static final Set<Risk> URGENT = Set.of(Risk.RECENT_OVERDOSE, Risk.PREGNANCY);

    private final UUID practice = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @Test
    void arrivesWaitingForTriageWithTidiedDetails() {
        Referral referral = received(Set.of(Risk.INJECTING));
        var row = referral.newRow();

        assertThat(row)
                .containsEntry("status", "RECEIVED")
                .containsEntry("given_name", "Sam")
                .containsEntry("postcode", "LS1 4AB")
                .containsEntry("telephone", null)
                .containsEntry("substance_1", "ALCOHOL")
                .containsEntry("substance_2", "CANNABIS")
                .containsEntry("substance_3", null)
                .containsEntry("notes", null);
        assertThat(referral.urgent()).isFalse();
        assertThat(referral.substanceCodes()).containsExactly("ALCOHOL", "CANNABIS");
        assertThat(referral.riskSet()).containsExactly(Risk.INJECTING);
    }

    @Test
    void isUrgentWhenAnyRiskIsAnUrgentOne() {
        assertThat(received(Set.of(Risk.INJECTING, Risk.RECENT_OVERDOSE)).urgent())
                .isTrue();
    }

    @Test
    void anAllocationOutcomeNeedsTheInterventionAndSubstanceGroup() {
        Referral referral = received(Set.of());

        assertThatThrownBy(() -> referral.triage(
                        TriageOutcome.ALLOCATE_TO_PRACTICE, "Needs support", null, "ALCOHOL", TRIAGED, "spoc"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("NEED_REQUIRED"));
        assertThat(referral.newRow()).containsEntry("status", "RECEIVED");
    }

    @Test
    void aClosingOutcomeClosesTheReferralAndNothingMoreCanBeDone() {
        Referral referral = received(Set.of());
        referral.triage(TriageOutcome.ADVICE_ONLY, "Advice given", null, null, TRIAGED, "spoc");

        assertThat(referral.newRow()).containsEntry("status", "CLOSED");
        assertThatThrownBy(() -> referral.triage(TriageOutcome.ADVICE_ONLY, "Again", null, null, LATER, "spoc"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("TRIAGE_NOT_OPEN"));
        assertThatThrownBy(() -> referral.allocateTo(practice, "Own practice", null, LATER))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("NOT_READY_TO_ALLOCATE"));
    }

    @Test
    void onlyATriagedReferralIsAllocatedAndOnlyOnce() {
        Referral referral = received(Set.of());
        assertThatThrownBy(() -> referral.allocateTo(practice, "Own practice", null, TRIAGED))
                .isInstanceOf(DomainRuleViolation.class);

        triaged(referral);
        referral.allocateTo(practice, "Own practice", null, LATER);

        assertThat(referral.allocatedTo()).isEqualTo(practice);
        assertThat(referral.awaitsAnswerFrom(practice)).isTrue();
        assertThat(referral.awaitsAnswerFrom(other)).isFalse();
        assertThatThrownBy(() -> referral.allocateTo(other, "Second thoughts", "Override", LATER))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("NOT_READY_TO_ALLOCATE"));
        assertThat(referral.allocatedTo()).isEqualTo(practice);
    }

    @Test
    void onlyTheAllocatedOrganisationAcceptsAndThenTheClientIsLinked() {
        Referral referral = allocated();
        UUID client = UUID.randomUUID();
        assertThatThrownBy(() -> referral.linkClient(client))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("NOT_ACCEPTED"));
        assertThatThrownBy(() -> referral.accept(other, LATER))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("NOT_YOURS"));

        referral.accept(practice, LATER);
        referral.linkClient(client);

        assertThat(referral.clientId()).isEqualTo(client);
        assertThat(referral.awaitsAnswerFrom(practice)).isFalse();
        assertThatThrownBy(() -> referral.accept(practice, LATER))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("NOT_ALLOCATED"));
    }

    @Test
    void aReturnedReferralIsTriagedAgainKeepingTheFirstTriageForTheClock() {
        Referral referral = allocated();
        assertThatThrownBy(() -> referral.giveBack(other, "Not ours", LATER))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("NOT_YOURS"));

        referral.giveBack(practice, "No capacity after all", LATER);
        assertThat(referral.allocatedTo()).isNull();

        referral.triage(
                TriageOutcome.ALLOCATE_TO_PARTNER,
                "Partner instead",
                "STRUCTURED_PSYCHOSOCIAL",
                "ALCOHOL",
                LATER.plusSeconds(60),
                "another spoc");
        referral.allocateTo(other, "Partner provider", null, LATER.plusSeconds(120));

        assertThat(referral.awaitsAnswerFrom(other)).isTrue();
        assertThat(referral.neededIntervention()).isEqualTo("STRUCTURED_PSYCHOSOCIAL");
        assertThat(referral).extracting("triagedAt", "triagedBy").containsExactly(TRIAGED, "spoc");
    }

    @Test
    void aVoidedReferralKeepsItsReasonAndRefusesEverything() {
        Referral referral = allocated();
        referral.voidBecause("Entered twice", "spoc", LATER);

        assertThat(referral.notVoided()).isFalse();
        assertThat(referral.awaitsAnswerFrom(practice)).isFalse();
        assertThatThrownBy(() -> referral.accept(practice, LATER)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> referral.voidBecause("Again", "spoc", LATER))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("ALREADY_VOIDED"));
    }

    @Test
    void theWaitingClocksLaterStopsKeepTheEarliestDate() {
        Referral referral = allocated();
        referral.firstAppointmentOffered(LocalDate.of(2026, 12, 10));
        referral.firstAppointmentOffered(LocalDate.of(2026, 12, 8));
        referral.firstAppointmentOffered(LocalDate.of(2026, 12, 12));
        referral.firstInterventionStarted(LocalDate.of(2026, 12, 15));
        referral.firstInterventionStarted(LocalDate.of(2026, 12, 20));

        assertThat(referral).extracting("firstAppointmentOfferedOn").isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(referral).extracting("firstInterventionStartedOn").isEqualTo(LocalDate.of(2026, 12, 15));
    }

    private Referral allocated() {
        Referral referral = received(Set.of());
        triaged(referral);
        referral.allocateTo(practice, "Own practice", null, TRIAGED.plusSeconds(60));
        return referral;
    }

    private static void triaged(Referral referral) {
        referral.triage(
                TriageOutcome.ALLOCATE_TO_PRACTICE,
                "Needs support",
                "EXTENDED_BRIEF_INTERVENTION",
                "ALCOHOL",
                TRIAGED,
                "spoc");
    }

    private Referral received(Set<Risk> risks) {
        NewReferral details = NewReferralBuilder.aReferral()
                .givenName("  Sam ")
                .born(LocalDate.of(1980, 5, 17))
                .postcode(" ls1 4ab ")
                .contact(new ContactDetails("  ", null, true, false, true))
                .gp(practice)
                .substances("ALCOHOL", "CANNABIS")
                .risks(risks)
                .notes(" ")
                .build();
        return Referral.receive("R-000001", details, null, URGENT, RECEIVED, "spoc");
    }
}
