package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ClientSearchIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientFixtures fixtures;

    @Test
    void findsAClientByNameDateOfBirthAndNhsNumber() throws Exception {
        CurrentUser worker = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        String family = ClientFixtures.family("Searchable");
        String nhs = ClientFixtures.nhsNumber();
        UUID id = fixtures.client(worker, family, LocalDate.of(1984, 6, 9), nhs);
        String reference = fixtures.reference(id);

        for (String typed : new String[] {"Robin " + family, family + " 09/06/1984", nhs, reference}) {
            mvc.perform(get("/clients").param("q", typed).with(as(worker)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Robin " + family)))
                    .andExpect(content().string(containsString("href=\"/clients/" + id + "\"")))
                    .andExpect(content().string(containsString("9 Jun 1984")));
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_access_log where username = ? and action = 'SEARCH'
                """).param(worker.username()).query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void neverListsAClientOutsideAccessButOffersBreakGlassForAPreciseSearch() throws Exception {
        CurrentUser owner = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        CurrentUser outsider = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.PARTNER_PROVIDER));
        String family = ClientFixtures.family("Hidden");
        String nhs = ClientFixtures.nhsNumber();
        UUID id = fixtures.client(owner, family, LocalDate.of(1990, 1, 2), nhs);

        mvc.perform(get("/clients").param("q", family).with(as(outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Robin " + family))))
                .andExpect(content().string(not(containsString("/clients/" + id))))
                .andExpect(content().string(containsString("No clients found")))
                .andExpect(content().string(not(containsString("outside your access"))));
        mvc.perform(get("/clients").param("q", nhs).with(as(outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(family))))
                .andExpect(content().string(not(containsString("href=\"/clients/" + id + "\""))))
                .andExpect(content().string(containsString("A record matching your search is outside your access")))
                .andExpect(content().string(not(containsString("No clients found"))))
                .andExpect(content().string(containsString("/clients/" + id + "/break-glass")));
    }

    @Test
    void hintsAtARecordOutsideAccessOnlyForAPreciseIdentifierAndOnlyToThoseWhoMayBreakGlass() throws Exception {
        CurrentUser owner = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        UUID elsewhere = fixtures.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser clinician = person(Role.RECOVERY_WORKER, elsewhere);
        CurrentUser spoc = person(Role.SPOC_WORKER, elsewhere);
        String family = ClientFixtures.family("Guessed");
        String nhs = ClientFixtures.nhsNumber();
        UUID id = fixtures.client(owner, family, LocalDate.of(1990, 1, 2), nhs);
        String reference = fixtures.reference(id);
        String hint = "/clients/" + id + "/break-glass";

        for (String guess : new String[] {
            "R " + family + " 02/01/1990",
            "Rob " + family + " 02/01/1990",
            "Robin " + family.substring(0, family.length() - 1) + " 02/01/1990"
        }) {
            mvc.perform(get("/clients").param("q", guess).with(as(clinician)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(hint))))
                    .andExpect(content().string(not(containsString("outside your access"))));
        }
        for (String precise : new String[] {"Robin " + family + " 02/01/1990", nhs, reference}) {
            mvc.perform(get("/clients").param("q", precise).with(as(clinician)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(hint)));
            mvc.perform(get("/clients").param("q", precise).with(as(spoc)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(hint))))
                    .andExpect(content().string(not(containsString("outside your access"))));
        }
        mvc.perform(get("/api/v1/clients").param("q", nhs).with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(reference))));
    }

    @Test
    void showsEachEmptyStateAndTheRegisterButtonOnlyToEditors() throws Exception {
        UUID organisation = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        mvc.perform(get("/clients").with(as(person(Role.RECOVERY_WORKER, organisation))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-search\"")))
                .andExpect(content().string(containsString("Register a client")));
        mvc.perform(get("/clients").param("q", "x").with(as(person(Role.RECOVERY_WORKER, organisation))))
                .andExpect(content()
                        .string(containsString(
                                "Type at least two letters of the last name, or a date of birth or NHS number")));
        mvc.perform(get("/clients").with(as(person(Role.IG_LEAD, organisation))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Register a client"))));
        mvc.perform(get("/clients").with(as(person(Role.COMMISSIONER, organisation))))
                .andExpect(status().isForbidden());
    }

    @Test
    void informationGovernanceLeadsFindEveryoneAndGoToTheSubjectAccessPage() throws Exception {
        CurrentUser owner = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        String family = ClientFixtures.family("Requester");
        UUID id = fixtures.client(owner, family, LocalDate.of(1975, 12, 1), ClientFixtures.nhsNumber());
        CurrentUser ig = person(Role.IG_LEAD, fixtures.organisation(OrganisationType.COUNCIL_COMMISSIONER));
        mvc.perform(get("/clients").param("q", family).with(as(ig)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/clients/" + id + "/subject-access")))
                .andExpect(content().string(not(containsString("href=\"/clients/" + id + "\""))));
    }
}
