package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;

class AccessRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final UUID ORGANISATION = UUID.randomUUID();

    private final CurrentUser worker =
            new CurrentUser(UUID.randomUUID(), "worker", "Worker", ORGANISATION, Set.of(Role.RECOVERY_WORKER));

    @Test
    void allowsTheResponsibleOrganisationWithoutConsent() {
        AccessDecision decision = decide(worker, facts(List.of(member(CareTeamRole.RESPONSIBLE, null)), Map.of()));
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.basis()).isEqualTo("Care team: responsible for treatment");
    }

    @Test
    void refusesAPartnerWhenConsentToSharewasWithdrawnSayingWhen() {
        AccessDecision decision = decide(
                worker,
                facts(
                        List.of(member(CareTeamRole.PARTNER, null)),
                        Map.of(
                                ConsentPurpose.DIRECT_CARE,
                                new AccessFacts.Consent(ConsentDecision.WITHDRAWN, LocalDate.of(2026, 5, 3)))));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.refusal()).isEqualTo("Consent to share with partners withdrawn on 3 May 2026.");
        assertThat(decision.mayBreakGlass()).isTrue();
    }

    @Test
    void refusesAPartnerWhenNoConsentIsRecorded() {
        AccessDecision decision = decide(worker, facts(List.of(member(CareTeamRole.PARTNER, null)), Map.of()));
        assertThat(decision.refusal()).isEqualTo("Consent to share with partners has not been recorded.");
    }

    @Test
    void allowsAPartnerWithConsentGiven() {
        AccessDecision decision = decide(
                worker,
                facts(
                        List.of(member(CareTeamRole.PARTNER, null)),
                        Map.of(ConsentPurpose.DIRECT_CARE, new AccessFacts.Consent(ConsentDecision.GIVEN, TODAY))));
        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void refusesAnOrganisationOutsideTheCareTeam() {
        AccessDecision decision = decide(worker, facts(List.of(), Map.of()));
        assertThat(decision.refusal()).isEqualTo("Your organisation is not in the care team.");
    }

    @Test
    void refusesAnOrganisationWhoseEntryEndedSayingWhen() {
        AccessDecision decision =
                decide(worker, facts(List.of(member(CareTeamRole.RESPONSIBLE, LocalDate.of(2026, 11, 30))), Map.of()));
        assertThat(decision.refusal()).isEqualTo("Your organisation left the care team on 30 November 2026.");
    }

    @Test
    void keepsAccessOnTheLastDayOfAnEntry() {
        assertThat(decide(worker, facts(List.of(member(CareTeamRole.RESPONSIBLE, TODAY)), Map.of()))
                        .allowed())
                .isTrue();
    }

    @Test
    void letsAPracticeSeeOnlyItsOwnRegisteredPatientsInSharedCare() {
        Map<ConsentPurpose, AccessFacts.Consent> gpConsent =
                Map.of(ConsentPurpose.GP_SHARING, new AccessFacts.Consent(ConsentDecision.GIVEN, TODAY));
        List<AccessFacts.Membership> sharedCare = List.of(member(CareTeamRole.SHARED_CARE, null));
        AccessFacts registeredHere = new AccessFacts(ORGANISATION, ORGANISATION, sharedCare, gpConsent, null);
        AccessFacts registeredElsewhere = new AccessFacts(ORGANISATION, UUID.randomUUID(), sharedCare, gpConsent, null);
        assertThat(decide(worker, registeredHere).allowed()).isTrue();
        assertThat(decide(worker, registeredElsewhere).refusal())
                .isEqualTo("The client is not registered with your practice.");
    }

    @Test
    void allowsAnUnexpiredBreakGlassAndRefusesAnExpiredOneSayingWhenItEnded() {
        AccessFacts active = new AccessFacts(
                ORGANISATION,
                null,
                List.of(),
                Map.of(),
                new AccessFacts.BreakGlassGrant("Overdose in the waiting room", NOW.plusSeconds(60)));
        AccessFacts expired = new AccessFacts(
                ORGANISATION,
                null,
                List.of(),
                Map.of(),
                new AccessFacts.BreakGlassGrant("Overdose in the waiting room", NOW));
        AccessDecision open = decide(worker, active);
        assertThat(open.allowed()).isTrue();
        assertThat(open.byBreakGlass()).isTrue();
        assertThat(open.basis()).isEqualTo("Break-glass: Overdose in the waiting room");
        assertThat(decide(worker, expired).refusal())
                .isEqualTo(
                        "Your organisation is not in the care team; your break-glass access ended at 12:00 on 1 December 2026.");
    }

    @Test
    void neverShowsIdentifiableRecordsToCommissionersWhateverTheFacts() {
        CurrentUser commissioner =
                new CurrentUser(UUID.randomUUID(), "c", "C", ORGANISATION, Set.of(Role.COMMISSIONER));
        AccessFacts everything = new AccessFacts(
                ORGANISATION,
                null,
                List.of(member(CareTeamRole.RESPONSIBLE, null)),
                Map.of(),
                new AccessFacts.BreakGlassGrant("reason given", NOW.plusSeconds(600)));
        AccessDecision decision = decide(commissioner, everything);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.mayBreakGlass()).isFalse();
        assertThat(decision.refusal()).contains("aggregated or pseudonymised");
    }

    private static AccessDecision decide(CurrentUser user, AccessFacts facts) {
        return AccessRules.decide(user, facts, TODAY, NOW, LONDON);
    }

    private static AccessFacts facts(
            List<AccessFacts.Membership> memberships, Map<ConsentPurpose, AccessFacts.Consent> consents) {
        return new AccessFacts(ORGANISATION, null, memberships, consents, null);
    }

    private static AccessFacts.Membership member(CareTeamRole role, LocalDate endedOn) {
        return new AccessFacts.Membership(role, LocalDate.of(2026, 1, 1), endedOn);
    }
}
