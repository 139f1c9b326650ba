package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access rule exists twice: {@link AccessRules} for one record and {@link AccessPolicy#ACCESSIBLE} in SQL for
 * lists. This proves they agree on every relationship a person can have with a client.
 */
@IntegrationTest
class AccessPolicyAgreementIntegrationTest {

    @Autowired
    ClientFixtures fixtures;

    @Autowired
    AccessPolicy policy;

    @Autowired
    CareTeam careTeam;

    @Autowired
    Consents consents;

    @Autowired
    BreakGlass breakGlass;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRecordRuleAndTheListRuleAgreeOnEveryRelationship() {
        UUID home = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID practice = fixtures.organisation(OrganisationType.GP_PRACTICE);
        UUID otherPractice = fixtures.organisation(OrganisationType.GP_PRACTICE);
        CurrentUser keyworker = ClientFixtures.person(Role.RECOVERY_WORKER, home);
        CurrentUser viewer = ClientFixtures.person(Role.PRACTICE_USER, practice);
        LocalDate today = LocalDate.now(clock);

        Map<String, UUID> clients = new LinkedHashMap<>();
        for (String relationship : List.of(
                "responsible",
                "ended",
                "partnerWithConsent",
                "partnerWithdrawn",
                "partnerNoConsent",
                "sharedCareRegistered",
                "sharedCareElsewhere",
                "breakGlassActive",
                "breakGlassExpired",
                "notInTeam")) {
            UUID registered = relationship.equals("sharedCareRegistered")
                    ? practice
                    : relationship.equals("sharedCareElsewhere") ? otherPractice : null;
            clients.put(
                    relationship,
                    fixtures.client(
                            keyworker,
                            NewClient.named("Sam", ClientFixtures.uniqueName(), LocalDate.of(1980, 1, 1), Sex.MALE)
                                    .withPractice(registered)));
        }
        currentUsers.actingAs(keyworker, () -> {
            join(clients.get("responsible"), practice, CareTeamRole.RESPONSIBLE, today.minusDays(10));
            join(clients.get("ended"), practice, CareTeamRole.RESPONSIBLE, today.minusDays(10));
            jdbc.sql("update client_care_team set ended_on = ? where client_id = ? and organisation_id = ?")
                    .param(today.minusDays(1))
                    .param(clients.get("ended"))
                    .param(practice)
                    .update();
            for (String partner : List.of("partnerWithConsent", "partnerWithdrawn", "partnerNoConsent")) {
                join(clients.get(partner), practice, CareTeamRole.PARTNER, today.minusDays(5));
            }
            consent(clients.get("partnerWithConsent"), ConsentPurpose.DIRECT_CARE, ConsentDecision.GIVEN, today);
            consent(
                    clients.get("partnerWithdrawn"),
                    ConsentPurpose.DIRECT_CARE,
                    ConsentDecision.GIVEN,
                    today.minusDays(5));
            consent(clients.get("partnerWithdrawn"), ConsentPurpose.DIRECT_CARE, ConsentDecision.WITHDRAWN, today);
            for (String shared : List.of("sharedCareRegistered", "sharedCareElsewhere")) {
                join(clients.get(shared), practice, CareTeamRole.SHARED_CARE, today);
                consent(clients.get(shared), ConsentPurpose.GP_SHARING, ConsentDecision.GIVEN, today);
            }
            return null;
        });
        currentUsers.actingAs(
                viewer, () -> breakGlass.open(clients.get("breakGlassExpired"), "Unconscious in the surgery"));
        clock.advance(Duration.ofHours(5));
        currentUsers.actingAs(
                viewer, () -> breakGlass.open(clients.get("breakGlassActive"), "Unconscious in the surgery"));

        Map<String, Boolean> byRecord = new LinkedHashMap<>();
        clients.forEach((relationship, id) ->
                byRecord.put(relationship, policy.decide(viewer, id).allowed()));
        List<UUID> listed = policy.bind(
                        jdbc.sql("select c.id from client c where c.id in (:ids) and " + AccessPolicy.ACCESSIBLE)
                                .param("ids", List.copyOf(clients.values())),
                        viewer)
                .query(UUID.class)
                .list();
        Map<String, Boolean> byList = new LinkedHashMap<>();
        clients.forEach((relationship, id) -> byList.put(relationship, listed.contains(id)));

        assertThat(byList).isEqualTo(byRecord);
        assertThat(byRecord)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "responsible",
                        true,
                        "ended",
                        false,
                        "partnerWithConsent",
                        true,
                        "partnerWithdrawn",
                        false,
                        "partnerNoConsent",
                        false,
                        "sharedCareRegistered",
                        true,
                        "sharedCareElsewhere",
                        false,
                        "breakGlassActive",
                        true,
                        "breakGlassExpired",
                        false,
                        "notInTeam",
                        false));
    }

    private void join(UUID client, UUID organisation, CareTeamRole role, LocalDate from) {
        careTeam.add(client, new CareTeamMembership(organisation, role, null, null, from, null, null));
    }

    private void consent(UUID client, ConsentPurpose purpose, ConsentDecision decision, LocalDate on) {
        consents.record(client, new ConsentRecord(purpose, decision, on, ConsentMethod.VERBAL, true, null, null, null));
    }
}
