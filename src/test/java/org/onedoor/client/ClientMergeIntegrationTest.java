package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.RecordedAccess;
import org.onedoor.audittrail.SubjectAccessHistory;
import org.onedoor.client.merge.ClientMerge;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@RecordApplicationEvents
class ClientMergeIntegrationTest {

    @Autowired
    ClientMerge merges;

    @Autowired
    ClientRecords records;

    @Autowired
    ClientTimeline timeline;

    @Autowired
    Consents consents;

    @Autowired
    CareTeam careTeam;

    @Autowired
    SubjectAccessHistory accesses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ClientFixtures fixtures;

    private MergeAndExportFixtures given;
    private UUID organisation;
    private CurrentUser manager;

    @BeforeEach
    void setUp() {
        given = fixtures.forMergesAndExports();
        organisation = given.organisation("Merge Recovery");
        manager = Actors.person(Role.TEAM_MANAGER, organisation);
    }

    @Test
    void mergeMovesTheDuplicatesRowsToTheSurvivorAndUndoPutsBackExactlyThoseRows() {
        UUID survivor = given.client(manager, "Robin");
        UUID duplicate = given.client(manager, "Rob");
        UUID partner = given.organisation("Merge Partner");
        given.run(manager, () -> {
            consents.record(
                    survivor,
                    new ConsentRecord(
                            ConsentPurpose.GP_SHARING,
                            ConsentDecision.GIVEN,
                            given.today(),
                            ConsentMethod.VERBAL,
                            true,
                            null,
                            null,
                            null));
            consents.record(
                    duplicate,
                    new ConsentRecord(
                            ConsentPurpose.DIRECT_CARE,
                            ConsentDecision.GIVEN,
                            given.today(),
                            ConsentMethod.WRITTEN,
                            true,
                            null,
                            null,
                            "Signed at assessment"));
            careTeam.add(
                    duplicate,
                    new CareTeamMembership(partner, CareTeamRole.PARTNER, null, null, given.today(), "TEST", null));
            timeline.add(
                    duplicate, given.today(), "CONTACT", "Phone call logged on the duplicate", null, null, null, null);
            timeline.add(
                    survivor, given.today(), "CONTACT", "Key-work session on the survivor", null, null, null, null);
        });
        Map<String, Integer> survivorBefore = given.counts(survivor);
        Map<String, Integer> duplicateBefore = given.counts(duplicate);

        UUID mergeId = given.as(manager, () -> merges.merge(survivor, duplicate, "Same person: checked with them"));

        ClientRecord merged = given.as(manager, () -> records.open(survivor));
        assertThat(merged.consents())
                .extracting(ConsentEntry::purpose)
                .contains(ConsentPurpose.GP_SHARING, ConsentPurpose.DIRECT_CARE);
        assertThat(merged.careTeam()).extracting(CareTeamMember::organisationId).contains(organisation, partner);
        assertThat(given.as(manager, () -> timeline.page(survivor, 0, 20))
                        .entries()
                        .items())
                .extracting(TimelineEntry::summary)
                .contains("Phone call logged on the duplicate", "Key-work session on the survivor");
        assertThat(given.counts(duplicate).values()).allMatch(count -> count == 0);
        survivorBefore.forEach((table, count) ->
                assertThat(given.counts(survivor).get(table)).as(table).isEqualTo(count + duplicateBefore.get(table)));
        assertThat(mergedInto(duplicate)).isEqualTo(survivor);
        assertThat(events.stream(ClientRecordsMerged.class))
                .containsExactly(new ClientRecordsMerged(new ClientId(survivor), new ClientId(duplicate), mergeId));
        assertThat(historyActions(survivor)).contains("MERGED_IN");
        assertThat(historyActions(duplicate)).contains("REGISTERED", "MERGED");
        CurrentUser ig = Actors.person(Role.IG_LEAD, organisation);
        for (UUID id : Set.of(survivor, duplicate)) {
            assertThat(given.as(ig, () -> accesses.about("CLIENT", Set.of(id))))
                    .extracting(RecordedAccess::action)
                    .contains(AccessAction.CREATE, AccessAction.CHANGE);
        }

        given.as(manager, () -> merges.undo(mergeId, "Two different people after all"));

        assertThat(given.counts(survivor)).isEqualTo(survivorBefore);
        assertThat(given.counts(duplicate)).isEqualTo(duplicateBefore);
        assertThat(mergedInto(duplicate)).isNull();
        assertThat(given.as(manager, () -> records.open(duplicate)).consents())
                .extracting(ConsentEntry::notes)
                .containsExactly("Signed at assessment");
        assertThat(events.stream(ClientMergeUndone.class))
                .containsExactly(new ClientMergeUndone(new ClientId(survivor), new ClientId(duplicate), mergeId));
        assertThat(given.as(manager, () -> merges.summary(mergeId)).undoReason())
                .isEqualTo("Two different people after all");
        assertThatThrownBy(() -> given.as(manager, () -> merges.undo(mergeId, "Again")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("This merge has already been undone");
    }

    @Test
    void undoingALaterMergeTakesBackTheRowsOfRecordsMergedEarlierIntoTheDuplicate() {
        UUID first = given.client(manager, "Lee");
        UUID second = given.client(manager, "Leigh");
        UUID kept = given.client(manager, "Lea");
        given.run(
                manager,
                () -> timeline.add(
                        first, given.today(), "CONTACT", "Seen as the first record", null, null, null, null));
        Map<String, Integer> firstBefore = given.counts(first);
        Map<String, Integer> secondBefore = given.counts(second);
        Map<String, Integer> keptBefore = given.counts(kept);
        UUID earlier = given.as(manager, () -> merges.merge(second, first, "Same person"));
        Map<String, Integer> secondAfterEarlier = given.counts(second);
        UUID later = given.as(manager, () -> merges.merge(kept, second, "Same person again"));

        assertThatThrownBy(() -> given.as(manager, () -> merges.undo(earlier, "Wrong")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("undo that merge first");
        given.as(manager, () -> merges.undo(later, "Wrong"));
        assertThat(given.counts(kept)).isEqualTo(keptBefore);
        assertThat(given.counts(second)).isEqualTo(secondAfterEarlier);
        given.as(manager, () -> merges.undo(earlier, "Wrong as well"));
        assertThat(given.counts(first)).isEqualTo(firstBefore);
        assertThat(given.counts(second)).isEqualTo(secondBefore);
    }

    @Test
    void refusesMergingIntoItselfTwiceWithoutAReasonOrARecordThePersonCannotSee() {
        UUID survivor = given.client(manager, "Alex");
        UUID duplicate = given.client(manager, "Alexander");
        assertThatThrownBy(() -> given.as(manager, () -> merges.merge(survivor, survivor, "Same")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("A record cannot be merged into itself");
        assertThatThrownBy(() -> given.as(manager, () -> merges.merge(survivor, duplicate, " ")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("reason");
        assertThat(mergedInto(duplicate)).isNull();

        given.as(manager, () -> merges.merge(survivor, duplicate, "Same NHS number"));
        UUID third = given.client(manager, "Al");
        assertThatThrownBy(() -> given.as(manager, () -> merges.merge(third, duplicate, "Same")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage(given.reference(duplicate) + " has already been merged into " + given.reference(survivor));

        CurrentUser elsewhere = Actors.person(Role.TEAM_MANAGER, given.organisation("Merge Elsewhere"));
        UUID theirs = given.client(elsewhere, "Sam");
        assertThatThrownBy(() -> given.as(manager, () -> merges.merge(survivor, theirs, "Same")))
                .isInstanceOf(ClientAccessRefused.class);
        assertThat(mergedInto(theirs)).isNull();
    }

    @Test
    void decidesAccessBeforeTellingAnythingAboutARecordThePersonCannotSee() {
        CurrentUser elsewhere = Actors.person(Role.TEAM_MANAGER, given.organisation("Merge Hidden"));
        UUID theirs = given.client(elsewhere, "Kim");
        UUID theirDuplicate = given.client(elsewhere, "Kimberley");
        given.as(elsewhere, () -> merges.merge(theirs, theirDuplicate, "Same person"));
        UUID mine = given.client(manager, "Kit");

        assertThatThrownBy(() -> given.as(manager, () -> merges.merge(mine, theirDuplicate, "Same")))
                .isInstanceOf(ClientAccessRefused.class)
                .hasMessageNotContaining(given.reference(theirs));
        assertThatThrownBy(() -> given.as(manager, () -> merges.compare(theirDuplicate, mine)))
                .isInstanceOf(ClientAccessRefused.class)
                .hasMessageNotContaining(given.reference(theirs));
    }

    @Test
    void theScreensCompareMergeOfferTheUndoAndUndo() throws Exception {
        UUID survivor = given.client(manager, "Jo");
        UUID duplicate = given.client(manager, "Joanne");
        String duplicateReference = given.reference(duplicate);

        mvc.perform(get("/clients/{id}/merge", survivor).with(Actors.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Reference of the duplicate record")));
        mvc.perform(get("/clients/{id}/merge", survivor)
                        .param("duplicate", given.reference(survivor).toLowerCase())
                        .with(Actors.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("A record cannot be merged into itself"),
                                org.hamcrest.Matchers.containsString("govuk-error-message"))));
        mvc.perform(get("/clients/{id}/merge", survivor)
                        .param("duplicate", duplicateReference)
                        .with(Actors.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString(given.name(survivor)),
                                org.hamcrest.Matchers.containsString(given.name(duplicate)),
                                org.hamcrest.Matchers.containsString("NV1 4AP"))));
        mvc.perform(post("/clients/{id}/merge", survivor)
                        .param("duplicate", duplicateReference)
                        .param("reason", "")
                        .with(Actors.as(manager))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Give the reason for merging")));

        MvcResult merged = mvc.perform(post("/clients/{id}/merge", survivor)
                        .param("duplicate", duplicateReference)
                        .param("reason", "Same date of birth and address")
                        .with(Actors.as(manager))
                        .with(csrf()))
                .andExpect(redirectedUrl("/clients/" + survivor))
                .andReturn();
        assertThat(merged.getFlashMap().get("flash")).asString().contains(duplicateReference);
        @SuppressWarnings("unchecked")
        String undo = ((Map<String, String>) merged.getFlashMap().get("flashLink")).get("href");
        assertThat(undo).startsWith("/clients/merges/").endsWith("/undo");
        assertThat(mergedInto(duplicate)).isEqualTo(survivor);

        mvc.perform(get(undo).with(Actors.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Same date of birth and address")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("href=\"/clients/" + survivor + "\"")));
        mvc.perform(post(undo).param("reason", " ").with(Actors.as(manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Give the reason for undoing")));
        mvc.perform(post(undo).param("reason", "Twins").with(Actors.as(manager)).with(csrf()))
                .andExpect(redirectedUrl("/clients/" + survivor));
        assertThat(mergedInto(duplicate)).isNull();
        mvc.perform(post(undo).param("reason", "Twins").with(Actors.as(manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("already been undone")));
    }

    @Test
    void onlyTeamManagersMerge() throws Exception {
        CurrentUser worker = Actors.person(Role.RECOVERY_WORKER, organisation);
        UUID survivor = given.client(manager, "Kim");
        UUID duplicate = given.client(manager, "Kimberley");
        mvc.perform(get("/clients/{id}/merge", survivor).with(Actors.as(worker)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/clients/{id}/merge", survivor)
                        .param("duplicate", given.reference(duplicate))
                        .param("reason", "Same")
                        .with(Actors.as(worker))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(mergedInto(duplicate)).isNull();
    }

    private UUID mergedInto(UUID clientId) {
        return jdbc.sql("select merged_into from client where id = ?")
                .param(clientId)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .get(0);
    }

    private java.util.List<String> historyActions(UUID clientId) {
        return jdbc.sql("select action from client_history where client_id = ?")
                .param(clientId)
                .query(String.class)
                .list();
    }
}
