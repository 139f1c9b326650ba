package org.onedoor.treatment.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.ConsentDecision;
import org.onedoor.client.ConsentMethod;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.ConsentRecord;
import org.onedoor.client.Consents;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class FamilySupportIntegrationTest {

    private static final CurrentUser ADMIN =
            new CurrentUser(UUID.randomUUID(), "family-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    Consents consents;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void badInputIsShownAtTheFieldsAndNothingIsSaved() throws Exception {
        CurrentUser worker = worker(organisation());
        String family = unique("Nobody");
        mvc.perform(post("/family-support/new")
                        .with(as(worker))
                        .with(csrf())
                        .param("familyName", family)
                        .param("relationship", "Mother")
                        .param("consentRecordedOn.day", "31")
                        .param("consentRecordedOn.month", "2")
                        .param("consentRecordedOn.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("There is a problem"),
                                containsString("Enter their first name"),
                                containsString("The consent date must be a real date, like 3 5 2026"),
                                containsString("value=\"31\""),
                                containsString("value=\"" + family + "\""))));
        assertThat(jdbc.sql("select count(*) from treatment_concerned_other where family_name = ?")
                        .param(family)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWorkerRegistersAConcernedOtherForAClientAndRecordsASession() throws Exception {
        CurrentUser worker = worker(organisation());
        UUID client = client(worker);
        decide(worker, client, ConsentDecision.GIVEN);
        String family = unique("Carer");
        LocalDate today = LocalDate.now(clock);
        MvcResult registered = mvc.perform(post("/family-support/new")
                        .with(as(worker))
                        .with(csrf())
                        .param("givenName", "Pat")
                        .param("familyName", family)
                        .param("relationship", "Mother")
                        .param("telephone", "07700 900123")
                        .param("consentsToContact", "true")
                        .param("consentRecordedOn.day", day(today))
                        .param("consentRecordedOn.month", month(today))
                        .param("consentRecordedOn.year", year(today))
                        .param("clientId", client.toString()))
                .andExpect(redirectedUrlPattern("/family-support/*"))
                .andReturn();
        String page = registered.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));

        mvc.perform(post(page + "/sessions")
                        .with(as(worker))
                        .with(csrf())
                        .param("heldOn.day", day(today.plusDays(1)))
                        .param("heldOn.month", month(today.plusDays(1)))
                        .param("heldOn.year", year(today.plusDays(1)))
                        .param("workerName", "Sam Support")
                        .param("kind", "GROUP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The session date must be today or in the past")));
        mvc.perform(post(page + "/sessions")
                        .with(as(worker))
                        .with(csrf())
                        .param("heldOn.day", day(today))
                        .param("heldOn.month", month(today))
                        .param("heldOn.year", year(today))
                        .param("workerName", "Sam Support")
                        .param("kind", "TELEPHONE")
                        .param("notes", "Talked it over"))
                .andExpect(redirectedUrlPattern("/family-support/*"));

        mvc.perform(get(page).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Pat " + family),
                                containsString("Telephone"),
                                containsString("Sam Support"),
                                containsString("Talked it over"),
                                containsString("Record a session"),
                                containsString("/clients/" + client))));
        mvc.perform(get("/family-support").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Register a concerned other"), containsString("Pat " + family))));
        assertThat(jdbc.sql("select count(*) from treatment_family_session where concerned_other_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_access_log where username = ? and subject_kind = 'CLIENT' and subject_id = ?
                   and action in ('CREATE', 'CHANGE', 'VIEW') and detail like '%oncerned other%'
                """)
                        .params(worker.username(), client)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void theClientsFamilyPageWarnsUntilTheClientConsents() throws Exception {
        CurrentUser worker = worker(organisation());
        UUID client = client(worker);
        String family = unique("Brother");
        mvc.perform(post("/family-support/new")
                        .with(as(worker))
                        .with(csrf())
                        .param("givenName", "Jo")
                        .param("familyName", family)
                        .param("relationship", "Brother")
                        .param("consentRecordedOn.day", day(LocalDate.now(clock)))
                        .param("consentRecordedOn.month", month(LocalDate.now(clock)))
                        .param("consentRecordedOn.year", year(LocalDate.now(clock)))
                        .param("clientId", client.toString()))
                .andExpect(redirectedUrlPattern("/family-support/*"));

        mvc.perform(get("/clients/{id}/family", client).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Jo " + family),
                                containsString("has not consented to involving family or carers"))));

        currentUsers.actingAs(worker, () -> {
            consents.record(
                    client,
                    new ConsentRecord(
                            ConsentPurpose.FAMILY_CARER,
                            ConsentDecision.GIVEN,
                            LocalDate.now(clock),
                            ConsentMethod.VERBAL,
                            true,
                            null,
                            null,
                            null));
            return null;
        });
        mvc.perform(get("/clients/{id}/family", client).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Jo " + family),
                                not(containsString("has not consented to involving family or carers")))));
    }

    @Test
    void familySupportStaffSeeTheClientOnlyWhileTheClientConsentsToInvolvingFamily() throws Exception {
        CurrentUser worker = worker(organisation());
        UUID client = client(worker);
        decide(worker, client, ConsentDecision.REFUSED);
        String family = unique("Sister");
        String page = mvc.perform(post("/family-support/new")
                        .with(as(worker))
                        .with(csrf())
                        .param("givenName", "Lou")
                        .param("familyName", family)
                        .param("relationship", "Sister")
                        .param("consentRecordedOn.day", day(LocalDate.now(clock)))
                        .param("consentRecordedOn.month", month(LocalDate.now(clock)))
                        .param("consentRecordedOn.year", year(LocalDate.now(clock)))
                        .param("clientId", client.toString()))
                .andExpect(redirectedUrlPattern("/family-support/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(page).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Lou " + family),
                                containsString("do not share anything about the client with them"),
                                not(containsString("/clients/" + client)))));

        decide(worker, client, ConsentDecision.GIVEN);
        mvc.perform(get(page).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("/clients/" + client),
                                not(containsString("do not share anything about the client")))));

        decide(worker, client, ConsentDecision.WITHDRAWN);
        mvc.perform(get(page).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("/clients/" + client)),
                                containsString("has not consented to involving family or carers"))));
    }

    private void decide(CurrentUser worker, UUID client, ConsentDecision decision) {
        clock.advance(java.time.Duration.ofSeconds(1));
        currentUsers.actingAs(
                worker,
                () -> consents.record(
                        client,
                        new ConsentRecord(
                                ConsentPurpose.FAMILY_CARER,
                                decision,
                                LocalDate.now(clock),
                                ConsentMethod.VERBAL,
                                true,
                                null,
                                null,
                                null)));
    }

    @Test
    void aCommissionerMayNotSeeFamilySupport() throws Exception {
        UUID organisation = organisation();
        CurrentUser commissioner = Actors.person(Role.COMMISSIONER, organisation);
        mvc.perform(get("/family-support").with(as(commissioner))).andExpect(status().isForbidden());
        mvc.perform(get("/family-support/new").with(as(commissioner))).andExpect(status().isForbidden());
        mvc.perform(post("/family-support/new")
                        .with(as(commissioner))
                        .with(csrf())
                        .param("givenName", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/clients/{id}/family", client(worker(organisation))).with(as(commissioner)))
                .andExpect(status().isForbidden());
    }

    private UUID organisation() {
        return currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.PARTNER_PROVIDER)
                        .named("Family " + UUID.randomUUID().toString().substring(0, 6))
                        .build()));
    }

    private static CurrentUser worker(UUID organisation) {
        return new CurrentUser(
                UUID.randomUUID(),
                "family-" + UUID.randomUUID().toString().substring(0, 8),
                "Family Worker",
                organisation,
                Set.of(Role.RECOVERY_WORKER));
    }

    private UUID client(CurrentUser worker) {
        return currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named("Alex", unique("Kin"), LocalDate.of(1979, 6, 14), Sex.MALE)));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replaceAll("[0-9-]", "x").substring(0, 6);
    }

    private static String day(LocalDate date) {
        return String.valueOf(date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        return String.valueOf(date.getMonthValue());
    }

    private static String year(LocalDate date) {
        return String.valueOf(date.getYear());
    }
}
