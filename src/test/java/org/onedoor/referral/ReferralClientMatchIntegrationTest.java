package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.alcohol.AlcoholScreening;
import org.onedoor.assessment.alcohol.AuditCAnswers;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OfferTerms;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.OdsCode;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.NewReferralBuilder;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The duplicate check at intake searches existing clients too (NHS number, attributor, similar name with date of
 * birth), shows each as the access policy allows, and acceptance links a client only when the worker confirms it.
 */
@IntegrationTest
class ReferralClientMatchIntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    /** A date of birth of this run's own, so people made by other tests and runs never match. */
    private static final LocalDate BORN =
            LocalDate.of(1940, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));

    private static final String EBI = "EXTENDED_BRIEF_INTERVENTION";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferralIntake intake;

    @Autowired
    ReferralAllocation allocation;

    @Autowired
    ReferralRecords records;

    @Autowired
    ClientRegistry registry;

    @Autowired
    Directory directory;

    @Autowired
    PracticeMenu menu;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser admin = Actors.person(Role.ADMINISTRATOR, UUID.randomUUID());

    @Test
    void theSpocSeesExistingClientsThatMatchTheReferralOnlyAsFarAsTheAccessPolicyAllows() throws Exception {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, null);
        CurrentUser worker = Actors.person(Role.RECOVERY_WORKER, provider);
        String family = "Matchable" + suffix();
        String nhs = ReferralClientsIntegrationTest.newNhsNumber();
        UUID sameNumber = as(
                worker,
                () -> registry.register(NewClient.named("Robin", "Other" + suffix(), BORN, Sex.MALE)
                        .withNhsNumber(nhs)));
        UUID sameAttributor = as(
                worker,
                () -> registry.register(
                        NewClient.named("Sally", family.substring(0, 1) + "zzz" + suffix(), BORN, Sex.FEMALE)));
        UUID similarName = as(
                worker,
                () -> registry.register(NewClient.named("Pat", family.substring(0, 6) + "son", BORN, Sex.MALE)));
        UUID unrelated =
                as(worker, () -> registry.register(NewClient.named("Sam", family, BORN.plusDays(1), Sex.FEMALE)));
        UUID practice = practiceOffering();
        UUID referral = allocated(practice, nhs, family);

        CurrentUser outsideSpoc = Actors.person(Role.SPOC_WORKER, organisation(OrganisationType.LEAD_PROVIDER, null));
        mvc.perform(get("/referrals/{id}/duplicates", referral)
                        .header("HX-Request", "true")
                        .with(Actors.as(outsideSpoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference(sameNumber))))
                .andExpect(content().string(containsString("Same NHS number")))
                .andExpect(content().string(containsString(reference(sameAttributor))))
                .andExpect(content().string(containsString("Same initials, date of birth and sex")))
                .andExpect(content().string(containsString(reference(similarName))))
                .andExpect(content().string(containsString("Similar name, same date of birth")))
                .andExpect(content().string(containsString("Outside your access: no details shown")))
                .andExpect(content().string(not(containsString(reference(unrelated)))))
                .andExpect(content().string(not(containsString("Robin"))))
                .andExpect(content().string(not(containsString("/clients/" + sameNumber))));

        CurrentUser teamSpoc = Actors.person(Role.SPOC_WORKER, provider);
        mvc.perform(get("/referrals/{id}/duplicates", referral)
                        .header("HX-Request", "true")
                        .with(Actors.as(teamSpoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Robin")))
                .andExpect(content().string(containsString("href=\"/clients/" + sameNumber + "\"")));
        assertThat(jdbc.sql("select count(*) from audit_access_log where username = ? and action = 'SEARCH'"
                                + " and purpose = 'Duplicate check at intake'")
                        .param(outsideSpoc.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void acceptanceNeverMatchesSilentlyTheWorkerConfirmsTheClientOrChoosesANewOne() throws Exception {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, null);
        CurrentUser worker = Actors.person(Role.RECOVERY_WORKER, provider);
        String family = "Confirmed" + suffix();
        String nhs = ReferralClientsIntegrationTest.newNhsNumber();
        UUID known = as(
                worker,
                () -> registry.register(
                        NewClient.named("Sam", family, BORN, Sex.FEMALE).withNhsNumber(nhs)));
        UUID practice = practiceOffering();
        CurrentUser gp = Actors.person(Role.PRACTICE_USER, practice);
        UUID referral = allocated(practice, nhs, family);

        mvc.perform(get("/inbox/{id}/acceptance", referral).with(Actors.as(gp)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Client record " + reference(known))))
                .andExpect(content().string(containsString("Same NHS number")))
                .andExpect(content().string(containsString("value=\"" + known + "\"")))
                .andExpect(content().string(containsString("A new client: none of these is the same person")));
        for (String choice : new String[] {"", UUID.randomUUID().toString(), "not-an-id"}) {
            mvc.perform(post("/inbox/{id}/acceptance", referral)
                            .param("client", choice)
                            .with(csrf())
                            .with(Actors.as(gp)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("There is a problem")))
                    .andExpect(content().string(containsString("<title>Error: Accept referral")));
        }
        assertThat(stateOf(referral))
                .as("nothing accepted or linked on a refused choice")
                .isEqualTo("ALLOCATED");

        mvc.perform(post("/inbox/{id}/acceptance", referral)
                        .param("client", known.toString())
                        .with(csrf())
                        .with(Actors.as(gp)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inbox"));
        assertThat(linkedClient(referral)).isEqualTo(known);
        assertThat(jdbc.sql("select count(*) from client_care_team where client_id = ? and organisation_id = ?")
                        .param(known)
                        .param(practice)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        UUID otherPractice = practiceOffering();
        CurrentUser otherGp = Actors.person(Role.PRACTICE_USER, otherPractice);
        UUID sameNumber = allocated(otherPractice, nhs, family);
        mvc.perform(post("/inbox/{id}/acceptance", sameNumber)
                        .param("client", "new")
                        .with(csrf())
                        .with(Actors.as(otherGp)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has the same NHS number")));
        assertThat(stateOf(sameNumber)).isEqualTo("ALLOCATED");

        UUID sameNameNoNumber = allocated(otherPractice, null, family);
        mvc.perform(get("/inbox/{id}/acceptance", sameNameNoNumber).with(Actors.as(otherGp)))
                .andExpect(content().string(containsString("Same initials, date of birth and sex")));
        mvc.perform(post("/inbox/{id}/acceptance", sameNameNoNumber)
                        .param("client", "new")
                        .with(csrf())
                        .with(Actors.as(otherGp)))
                .andExpect(status().is3xxRedirection());
        assertThat(linkedClient(sameNameNoNumber))
                .as("the worker said it is a new person")
                .isNotNull()
                .isNotEqualTo(known);
    }

    private String stateOf(UUID referral) {
        return jdbc.sql("select status from referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
    }

    private UUID linkedClient(UUID referral) {
        return jdbc.sql("select client_id from referral where id = ?")
                .param(referral)
                .query(UUID.class)
                .single();
    }

    private String reference(UUID client) {
        return jdbc.sql("select reference from client where id = ?")
                .param(client)
                .query(String.class)
                .single();
    }

    private UUID allocated(UUID practice, @Nullable String nhsNumber, String family) {
        NewReferral base = ReferralFixtures.aReferral().build();
        NewReferral details = NewReferralBuilder.aReferral()
                .channel(base.channel())
                .named(base.givenName(), family)
                .born(BORN)
                .nhsNumber(nhsNumber)
                .gp(practice)
                .build();
        CurrentUser spoc = Actors.person(Role.SPOC_WORKER, UUID.randomUUID());
        UUID referral = as(spoc, () -> intake.receive(details)).id();
        as(spoc, () -> {
            allocation.recordScreening(referral, AlcoholScreening.scoreAuditC(new AuditCAnswers(3, 2, 2)));
            allocation.triage(
                    referral,
                    new TriageDecision(TriageOutcome.ALLOCATE_TO_PRACTICE, "AUDIT-C positive", EBI, "ALCOHOL"));
            allocation.allocate(referral, practice, null);
            return null;
        });
        return referral;
    }

    private UUID practiceOffering() {
        String ods = "U" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
        UUID id = organisation(OrganisationType.GP_PRACTICE, ods);
        as(admin, () -> {
            menu.addOffer(new OdsCode(ods), new OfferTerms(EBI, "ALCOHOL", FROM, null, 50));
            return null;
        });
        return id;
    }

    private UUID organisation(OrganisationType type, @Nullable String ods) {
        return as(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .named(type.label() + " " + suffix())
                        .ods(ods)
                        .listSize(ods == null ? null : 5000)
                        .activeFrom(FROM)
                        .build()));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
    }

    private <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
