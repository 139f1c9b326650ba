package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ClientRecordScreensIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    Alerts alerts;

    @Autowired
    Consents consents;

    @Autowired
    CareTeam careTeam;

    @Autowired
    ClientTimeline timeline;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientFixtures fixtures;

    @Test
    void registersAClientAndOpensTheRecord() throws Exception {
        CurrentUser worker = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        UUID practice = fixtures.organisation(OrganisationType.GP_PRACTICE);
        String family = ClientFixtures.family("Registered");
        mvc.perform(get("/clients/new").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Register a client")));
        var result = mvc.perform(post("/clients/new")
                        .with(as(worker))
                        .with(csrf())
                        .param("legalGivenName", "Alex")
                        .param("legalFamilyName", family)
                        .param("dateOfBirth.day", "14")
                        .param("dateOfBirth.month", "2")
                        .param("dateOfBirth.year", "1988")
                        .param("sex", "FEMALE")
                        .param("postcode", "NV1 4AP")
                        .param("mayText", "true")
                        .param("gpPracticeId", practice.toString())
                        .param("safeContactNotes", "Only after 6pm"))
                .andExpect(redirectedUrlPattern("/clients/*"))
                .andReturn();
        UUID id = jdbc.sql("select id from client where legal_family_name = ?")
                .param(family)
                .query(UUID.class)
                .single();
        assertThat(result.getFlashMap().get("flash")).isEqualTo("Client " + fixtures.reference(id) + " registered");
        mvc.perform(get("/clients/" + id).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alex " + family)))
                .andExpect(content().string(containsString("Only after 6pm")))
                .andExpect(content().string(containsString("Text messages")))
                .andExpect(content().string(containsString("Responsible for treatment")))
                .andExpect(content().string(containsString("hx-get=\"/clients/" + id + "/timeline\"")))
                .andExpect(content().string(containsString("href=\"/clients/" + id + "/consents/new\"")));
        assertThat(fixtures.auditRows(worker.username(), "VIEW", id))
                .as("one audit entry per page view")
                .isEqualTo(1);
    }

    @Test
    void showsEveryProblemAtItsFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        CurrentUser worker = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        String family = ClientFixtures.family("Mistyped");
        mvc.perform(post("/clients/new")
                        .with(as(worker))
                        .with(csrf())
                        .param("legalGivenName", "")
                        .param("legalFamilyName", family)
                        .param("dateOfBirth.day", "31")
                        .param("dateOfBirth.month", "2")
                        .param("dateOfBirth.year", "1990")
                        .param("nhsNumber", "123 456 7890")
                        .param("email", "not-an-email")
                        .param("postcode", "ZZZZ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Register a client")))
                .andExpect(content().string(containsString("id=\"legalGivenName-error\"")))
                .andExpect(content().string(containsString("id=\"dateOfBirth-error\"")))
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("id=\"sex-error\"")))
                .andExpect(content().string(containsString("id=\"nhsNumber-error\"")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("id=\"postcode-error\"")))
                .andExpect(content().string(containsString("href=\"#dateOfBirth\"")))
                .andExpect(content().string(containsString("value=\"31\"")))
                .andExpect(content().string(containsString("value=\"" + family + "\"")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
        assertThat(jdbc.sql("select count(*) from client where legal_family_name = ?")
                        .param(family)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void showsThatSomethingIsSealedButNotWhatToARoleOutsideTheSeal() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = person(Role.RECOVERY_WORKER, provider);
        CurrentUser prescriber = person(Role.PRESCRIBER, provider);
        UUID id = fixtures.client(
                worker, ClientFixtures.family("Sealed"), LocalDate.of(1980, 5, 5), ClientFixtures.nhsNumber());
        currentUsers.actingAs(
                prescriber,
                () -> alerts.raise(
                        id,
                        AlertCategory.BLOOD_BORNE_VIRUS,
                        "Hepatitis C positive, under hepatology",
                        LocalDate.of(2026, 11, 1),
                        SealedCategory.BLOOD_BORNE_VIRUS));
        currentUsers.actingAs(
                worker,
                () -> alerts.raise(
                        id, AlertCategory.RISK_TO_STAFF, "Do not visit alone", LocalDate.of(2026, 11, 2), null));

        mvc.perform(get("/clients/" + id).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Do not visit alone")))
                .andExpect(content().string(containsString("1 sealed entry (blood-borne virus status) in alerts")))
                .andExpect(content().string(not(containsString("Hepatitis C"))));
        mvc.perform(get("/clients/" + id).with(as(prescriber)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hepatitis C positive, under hepatology")));
    }

    @Test
    void linksEveryActionThePersonMayTakeAndNoOther() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID partner = fixtures.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser worker = person(Role.RECOVERY_WORKER, provider);
        UUID id = fixtures.client(
                worker, ClientFixtures.family("Actions"), LocalDate.of(1981, 3, 3), ClientFixtures.nhsNumber());
        UUID alert = currentUsers.actingAs(
                worker,
                () -> alerts.raise(
                        id, AlertCategory.RISK_TO_STAFF, "Do not visit alone", LocalDate.of(2026, 11, 2), null));
        currentUsers.actingAs(
                worker,
                () -> careTeam.add(
                        id,
                        new CareTeamMembership(
                                partner, CareTeamRole.PARTNER, null, null, LocalDate.of(2026, 11, 4), null, null)));
        UUID entry = jdbc.sql("select id from client_care_team where client_id = ? and organisation_id = ?")
                .param(id)
                .param(partner)
                .query(UUID.class)
                .single();
        String record = "/clients/" + id;
        mvc.perform(get(record).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + record + "/identity\"")))
                .andExpect(content().string(containsString("href=\"" + record + "/consents/new\"")))
                .andExpect(content().string(containsString("href=\"" + record + "/consents/new?purpose=GP_SHARING\"")))
                .andExpect(content().string(containsString("href=\"" + record + "/care-team/new\"")))
                .andExpect(content().string(containsString("href=\"" + record + "/care-team/" + entry + "/end\"")))
                .andExpect(content().string(containsString("href=\"" + record + "/alerts/new\"")))
                .andExpect(content().string(containsString("href=\"" + record + "/alerts/" + alert + "/void\"")))
                .andExpect(content().string(not(containsString(record + "/merge"))))
                .andExpect(content().string(not(containsString(record + "/subject-access"))));
        CurrentUser managerAndIg = new CurrentUser(
                UUID.randomUUID(),
                "manager-ig-" + id.toString().substring(0, 6),
                "Test manager and IG lead",
                provider,
                java.util.Set.of(Role.TEAM_MANAGER, Role.IG_LEAD));
        mvc.perform(get(record).with(as(managerAndIg)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + record + "/merge\"")))
                .andExpect(content().string(containsString("href=\"" + record + "/subject-access\"")))
                .andExpect(content().string(containsString("Merge a duplicate record")));
    }

    @Test
    void showsConsentPerPurposeAndCareTeamAndPagesTheTimeline() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID partner = fixtures.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser worker = person(Role.RECOVERY_WORKER, provider);
        UUID id = fixtures.client(
                worker, ClientFixtures.family("Consenting"), LocalDate.of(1979, 7, 7), ClientFixtures.nhsNumber());
        currentUsers.actingAs(worker, () -> {
            consents.record(
                    id,
                    new ConsentRecord(
                            ConsentPurpose.DIRECT_CARE,
                            ConsentDecision.GIVEN,
                            LocalDate.of(2026, 11, 3),
                            ConsentMethod.WRITTEN,
                            true,
                            LocalDate.of(2027, 11, 3),
                            null,
                            null));
            careTeam.add(
                    id,
                    new CareTeamMembership(
                            partner, CareTeamRole.PARTNER, null, "Kim Partner", LocalDate.of(2026, 11, 4), null, null));
            for (int day = 1; day <= 12; day++) {
                timeline.add(
                        id, LocalDate.of(2026, 10, day), "CONTACT", "Contact number " + day, null, null, null, null);
            }
            return null;
        });
        mvc.perform(get("/clients/" + id).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In writing (signed form)")))
                .andExpect(content().string(containsString("Not recorded")))
                .andExpect(content().string(containsString("Full consent history")))
                .andExpect(content().string(containsString("Kim Partner")))
                .andExpect(content().string(containsString("Partner provider")))
                .andExpect(content().string(containsString("Contact number 12")))
                .andExpect(content().string(not(containsString("Contact number 2<"))));
        mvc.perform(get("/clients/" + id + "/timeline")
                        .param("page", "2")
                        .header("HX-Request", "true")
                        .with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contact number 2<")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/clients/" + id + "/timeline").param("page", "2").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Contact number 1<")));
    }

    @Test
    void changesDetailsAndRefusesAStaleVersion() throws Exception {
        CurrentUser worker = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        String family = ClientFixtures.family("Amended");
        UUID id = fixtures.client(worker, family, LocalDate.of(1970, 3, 3), ClientFixtures.nhsNumber());
        mvc.perform(get("/clients/" + id + "/identity").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + family + "\"")))
                .andExpect(content().string(containsString("name=\"version\"")));
        int version = jdbc.sql("select version from client where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        var change = post("/clients/" + id + "/identity")
                .with(as(worker))
                .with(csrf())
                .param("legalGivenName", "Robin")
                .param("legalFamilyName", family)
                .param("preferredName", "Rob")
                .param("dateOfBirth.day", "3")
                .param("dateOfBirth.month", "3")
                .param("dateOfBirth.year", "1970")
                .param("sex", "MALE")
                .param("version", String.valueOf(version));
        mvc.perform(change)
                .andExpect(redirectedUrl("/clients/" + id))
                .andExpect(flash().attribute("flash", "Changes to " + fixtures.reference(id) + " saved"));
        assertThat(jdbc.sql("select preferred_name from client where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Rob");
        mvc.perform(change)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record")));
    }

    @Test
    void sendsAMergedRecordToTheSurvivor() throws Exception {
        CurrentUser worker = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        String family = ClientFixtures.family("Merged");
        UUID survivor = fixtures.client(worker, family, LocalDate.of(1991, 4, 4), ClientFixtures.nhsNumber());
        UUID merged = fixtures.client(worker, family, LocalDate.of(1991, 4, 5), ClientFixtures.nhsNumber());
        // No merge screen yet: mark the record as the merge would.
        jdbc.sql("update client set merged_into = ? where id = ?")
                .param(survivor)
                .param(merged)
                .update();
        mvc.perform(get("/clients/" + merged).with(as(worker))).andExpect(redirectedUrl("/clients/" + survivor));
    }
}
