package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class SubjectAccessExportIntegrationTest {

    private static final String REQUEST = "SAR-2026-014, request received 1 Dec 2026";

    @Autowired
    ClientRecords records;

    @Autowired
    Alerts alerts;

    @Autowired
    ClientTimeline timeline;

    @Autowired
    Consents consents;

    @Autowired
    ClientMerge merges;

    @Autowired
    SubjectAccessHistory accesses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ClientFixtures fixtures;

    private MergeAndExportFixtures given;
    private CurrentUser manager;
    private CurrentUser worker;
    private CurrentUser ig;
    private UUID client;
    private String thirdParty;
    private String bloodBorne;
    private String wrongAlert;
    private String wrongContact;
    private String wrongConsent;

    @BeforeEach
    void setUp() {
        given = fixtures.forMergesAndExports();
        UUID organisation = given.organisation("Export Recovery");
        manager = Actors.person(Role.TEAM_MANAGER, organisation);
        worker = Actors.person(Role.RECOVERY_WORKER, organisation);
        ig = Actors.person(Role.IG_LEAD, organisation);
        client = given.client(manager, "Morgan");
        UUID duplicate = given.client(manager, "Morgan");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        thirdParty = "Neighbour Pat Quill-" + tag + " says the client owes money";
        bloodBorne = "Hepatitis C antibody positive " + tag;
        wrongAlert = "Alert in error " + tag;
        wrongContact = "Contact in error " + tag;
        wrongConsent = "Consent in error " + tag;
        given.run(manager, () -> {
            alerts.raise(client, AlertCategory.OTHER, thirdParty, given.today(), SealedCategory.THIRD_PARTY);
            alerts.raise(
                    client,
                    AlertCategory.BLOOD_BORNE_VIRUS,
                    bloodBorne,
                    given.today(),
                    SealedCategory.BLOOD_BORNE_VIRUS);
            timeline.add(
                    client,
                    given.today(),
                    "CONTACT",
                    "Key-work session " + tag,
                    "Talked about housing",
                    null,
                    null,
                    null);
            timeline.add(
                    client,
                    given.today(),
                    "CONTACT",
                    "Call from the client's sister " + tag,
                    "Sister Lee Quill-" + tag + " worried",
                    null,
                    null,
                    SealedCategory.THIRD_PARTY);
            merges.merge(client, duplicate, "Registered twice on the same day");
            UUID alert = alerts.raise(client, AlertCategory.RISK_TO_STAFF, wrongAlert, given.today(), null);
            alerts.voidAlert(client, alert, "Raised on the wrong client");
            UUID contact = timeline.add(client, given.today(), "CONTACT", wrongContact, null, null, null, null);
            UUID consent = consents.record(
                    client,
                    new ConsentRecord(
                            ConsentPurpose.FAMILY_CARER,
                            ConsentDecision.GIVEN,
                            given.today(),
                            ConsentMethod.VERBAL,
                            false,
                            null,
                            null,
                            wrongConsent));
            voidRow("client_timeline", contact, "Entered twice");
            voidRow("client_consent", consent, "The decision was the client's brother's");
        });
        given.run(worker, () -> records.open(client));
    }

    @Test
    void theJsonExportHoldsEverythingWithholdsThirdPartyEntriesAndIsAudited() throws Exception {
        String reference = given.reference(client);
        mvc.perform(get("/clients/{id}/subject-access", client).with(Actors.as(ig)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(given.name(client))))
                .andExpect(content().string(containsString("Who has looked at the record")));

        MvcResult result = mvc.perform(post("/clients/{id}/subject-access", client)
                        .param("requestReference", REQUEST)
                        .param("format", "JSON")
                        .with(Actors.as(ig))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"subject-access-" + reference + ".json\""))
                .andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains(given.name(client).split(" ")[1], bloodBorne, "Key-work session")
                .doesNotContain(thirdParty, "Quill-", "sister");
        JsonNode export = json.readTree(body);
        assertThat(export.get("requestReference").asString()).isEqualTo(REQUEST);
        assertThat(export.get("withheld").get(0).get("text").asString())
                .isEqualTo("2 entries withheld: third-party information");
        assertThat(export.get("mergedRecords")).hasSize(1);
        JsonNode voidedAlert = export.get("alerts")
                .valueStream()
                .filter(alert -> alert.get("description").asString().equals(wrongAlert))
                .findFirst()
                .orElseThrow();
        assertThat(voidedAlert.get("voided").get("reason").asString()).isEqualTo("Raised on the wrong client");
        assertThat(voidedAlert.get("voided").get("text").asString())
                .isEqualTo("Voided on " + day() + ": Raised on the wrong client");
        assertThat(export.get("alerts")
                        .valueStream()
                        .filter(alert -> alert.get("description").asString().equals(bloodBorne))
                        .findFirst()
                        .orElseThrow()
                        .get("voided")
                        .isNull())
                .isTrue();
        assertThat(export.get("timeline")
                        .valueStream()
                        .filter(entry -> entry.get("summary").asString().equals(wrongContact))
                        .map(entry -> entry.get("voided").get("reason").asString())
                        .toList())
                .containsExactly("Entered twice");
        JsonNode voidedConsent = export.get("consents")
                .valueStream()
                .filter(consent -> consent.get("notes").toString().contains(wrongConsent))
                .findFirst()
                .orElseThrow();
        assertThat(voidedConsent.get("inForce").asBoolean()).isFalse();
        assertThat(voidedConsent.get("voided").get("text").asString())
                .endsWith(": The decision was the client's brother's");
        assertThat(export.get("history").toString()).contains("MERGED_IN", "MERGED");
        assertThat(export.get("whoHasLooked")
                        .valueStream()
                        .filter(look -> look.get("username").asString().equals(worker.username()))
                        .map(look -> look.get("action").asString())
                        .toList())
                .contains("VIEW");
        assertThat(export.get("whoHasLooked")
                        .valueStream()
                        .map(look -> look.get("record").asString())
                        .distinct()
                        .toList())
                .hasSize(2);

        List<RecordedAccess> trail = given.as(ig, () -> accesses.about("CLIENT", Set.of(client)));
        assertThat(trail)
                .filteredOn(entry -> entry.action() == AccessAction.EXPORT)
                .extracting(RecordedAccess::purpose, RecordedAccess::username)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(REQUEST, ig.username()));
    }

    @Test
    void theReadableExportIsAPrintablePageWithoutThirdPartyEntries() throws Exception {
        MvcResult result = mvc.perform(post("/clients/{id}/subject-access", client)
                        .param("requestReference", REQUEST)
                        .param("format", "HTML")
                        .with(Actors.as(ig))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"subject-access-" + given.reference(client) + ".html\""))
                .andReturn();
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "<style>",
                        "@media print",
                        given.name(client),
                        bloodBorne,
                        "2 entries withheld: third-party information",
                        "Who has looked at your record",
                        worker.username(),
                        "Viewed",
                        wrongAlert,
                        wrongContact,
                        wrongConsent,
                        "Voided on " + day() + ": Raised on the wrong client",
                        "Voided on " + day() + ": Entered twice")
                .doesNotContain(thirdParty, "Quill-", "moj-primary-navigation", "Sign out");
        assertThat(given.as(ig, () -> accesses.about("CLIENT", Set.of(client))))
                .filteredOn(entry -> entry.action() == AccessAction.EXPORT)
                .hasSize(1)
                .allSatisfy(entry -> assertThat(entry.detail()).contains("HTML"));
    }

    private void voidRow(String table, UUID id, String reason) {
        jdbc.sql("update " + table + " set voided_at = :at, voided_by = 'tester', void_reason = :reason where id = :id")
                .param("at", java.time.OffsetDateTime.now(clock))
                .param("reason", reason)
                .param("id", id)
                .update();
    }

    private String day() {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                .format(clock.instant().atZone(java.time.ZoneId.of("Europe/London")));
    }

    @Test
    void aRequestReferenceIsRequiredAndOnlyTheIgLeadExports() throws Exception {
        mvc.perform(post("/clients/{id}/subject-access", client)
                        .param("requestReference", " ")
                        .param("format", "JSON")
                        .with(Actors.as(ig))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("govuk-error-message")))
                .andExpect(content().string(containsString("Enter the request")));
        assertThat(given.as(ig, () -> accesses.about("CLIENT", Set.of(client))))
                .noneMatch(entry -> entry.action() == AccessAction.EXPORT);

        mvc.perform(get("/clients/{id}/subject-access", client).with(Actors.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/clients/{id}/subject-access", client)
                        .param("requestReference", REQUEST)
                        .with(Actors.as(manager))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
