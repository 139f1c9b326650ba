package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.NotFound;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DuplicateDecisionsIntegrationTest {

    private final CurrentUser spoc = Actors.person(Role.SPOC_WORKER, UUID.randomUUID());

    @Autowired
    ReferralIntake intake;

    @Autowired
    DuplicateDecisions decisions;

    @Autowired
    ReferralRecords records;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void theSamePersonVoidsTheDuplicateAndLinksItInTheOthersHistory() {
        UUID first = receive();
        UUID second = receive();
        currentUsers.actingAs(spoc, () -> {
            decisions.sameAs(second, first);
            return null;
        });
        assertThatThrownBy(() -> currentUsers.actingAs(spoc, () -> records.view(second)))
                .isInstanceOf(NotFound.class);
        ReferralView kept = currentUsers.actingAs(spoc, () -> records.view(first));
        assertThat(kept.history()).extracting(ReferralEvent::action).contains("DUPLICATE_LINKED");
        assertThatThrownBy(() -> currentUsers.actingAs(spoc, () -> {
                    decisions.sameAs(first, first);
                    return null;
                }))
                .hasMessageContaining("itself");
    }

    @Test
    void aNewPersonIsRecordedInTheHistory() {
        UUID referral = receive();
        currentUsers.actingAs(spoc, () -> {
            decisions.noneIsTheSamePerson(referral, 2);
            return null;
        });
        assertThat(currentUsers.actingAs(spoc, () -> records.view(referral)).history())
                .extracting(ReferralEvent::detail)
                .contains("None of the 2 possible duplicates is the same person: a new person");
    }

    private UUID receive() {
        return currentUsers
                .actingAs(
                        spoc, () -> intake.receive(ReferralFixtures.aReferral().build()))
                .id();
    }
}
