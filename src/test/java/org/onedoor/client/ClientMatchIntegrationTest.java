package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ClientMatchIntegrationTest {

    @Autowired
    ClientRegistry registry;

    @Autowired
    ClientFixtures fixtures;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    ClientCandidates candidates;

    @Test
    void aClientWithAPreferredNameIsACandidateAndIsLinkedOnlyWhenConfirmed() {
        UUID provider = fixtures.organisation(org.onedoor.partnership.OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = new CurrentUser(
                UUID.randomUUID(),
                "match-" + UUID.randomUUID().toString().substring(0, 6),
                "Match Worker",
                provider,
                Set.of(Role.RECOVERY_WORKER));
        String family = ClientFixtures.uniqueName();
        NewClient named = NewClient.named("Alexandra", family, LocalDate.of(1980, 2, 3), Sex.FEMALE);
        NewClient withPreferred = new NewClient(
                "Alexandra",
                family,
                "Sasha",
                LocalDate.of(1980, 2, 3),
                Sex.FEMALE,
                null,
                null,
                null,
                null,
                null,
                null,
                ContactDetails.NONE,
                null,
                null);
        UUID existing = currentUsers.actingAs(worker, () -> registry.register(withPreferred));
        CareTeamMembership membership = new CareTeamMembership(
                provider, CareTeamRole.RESPONSIBLE, null, null, LocalDate.of(2026, 1, 1), null, null);
        assertThat(currentUsers.actingAs(worker, () -> candidates.candidatesFor(named, "Test")))
                .extracting(ClientCandidate::clientId)
                .containsExactly(existing);
        assertThatThrownBy(() -> currentUsers.actingAs(
                        worker, () -> registry.registerOrLink(named, UUID.randomUUID(), membership)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("Choose one of the matching client records");
        UUID linked = currentUsers.actingAs(worker, () -> registry.registerOrLink(named, existing, membership));
        assertThat(linked).isEqualTo(existing);
        UUID fresh = currentUsers.actingAs(worker, () -> registry.registerOrLink(named, null, membership));
        assertThat(fresh).as("no choice is a new record, never a silent match").isNotEqualTo(existing);
    }
}
