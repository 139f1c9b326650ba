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

/** "Your caseload" on the client search page, before anything is typed. */
@IntegrationTest
class ClientCaseloadIntegrationTest {

    /** The search screen's page size (client.web.ClientSearchController.PAGE_SIZE). */
    private static final int SEARCH_PAGE_SIZE = 25;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientFixtures fixtures;

    @Test
    void listsTheClientsWhoNameTheWorkerAndOnlyThem() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = person(Role.RECOVERY_WORKER, provider);
        CurrentUser colleague = person(Role.RECOVERY_WORKER, provider);
        String family = ClientFixtures.family("Caseload");
        UUID id = fixtures.client(worker, family, LocalDate.of(1979, 11, 3), ClientFixtures.nhsNumber());

        mvc.perform(get("/clients").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your caseload")))
                .andExpect(content().string(containsString("Robin " + family)))
                .andExpect(content().string(containsString("href=\"/clients/" + id + "\"")))
                .andExpect(content().string(containsString("3 Nov 1979")))
                .andExpect(content().string(not(containsString("No clients name you as their"))));
        assertThat(jdbc.sql("""
                select count(*) from audit_access_log where username = ? and action = 'SEARCH' and purpose = 'Caseload'
                """).param(worker.username()).query(Long.class).single())
                .isEqualTo(1);

        // the colleague can open the record (same organisation) but is not its named worker
        mvc.perform(get("/clients").with(as(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your caseload")))
                .andExpect(content().string(containsString("No clients name you as their")))
                .andExpect(content().string(not(containsString("Robin " + family))));
    }

    @Test
    void pagesALongCaseload() throws Exception {
        CurrentUser worker = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        String family = ClientFixtures.family("Paged");
        for (int i = 0; i < SEARCH_PAGE_SIZE + 1; i++) {
            fixtures.client(
                    worker,
                    family + (char) ('a' + i),
                    LocalDate.of(1980, 1, 1).plusDays(i),
                    ClientFixtures.nhsNumber());
        }
        mvc.perform(get("/clients").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 1 to 25 of 26")))
                .andExpect(content().string(containsString("Robin " + family + "a")))
                .andExpect(content().string(not(containsString("Robin " + family + "z"))))
                .andExpect(content().string(containsString("href=\"/clients?page=2\"")));
        mvc.perform(get("/clients").param("page", "2").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 26 to 26 of 26")))
                .andExpect(content().string(containsString("Robin " + family + "z")))
                .andExpect(content().string(containsString("href=\"/clients?page=1\"")));
    }

    @Test
    void aSearchOrAnIgLeadShowsNoCaseload() throws Exception {
        CurrentUser worker = person(Role.RECOVERY_WORKER, fixtures.organisation(OrganisationType.LEAD_PROVIDER));
        String family = ClientFixtures.family("Searched");
        fixtures.client(worker, family, LocalDate.of(1991, 5, 5), ClientFixtures.nhsNumber());
        mvc.perform(get("/clients").param("q", family).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clients found")))
                .andExpect(content().string(not(containsString("Your caseload"))));

        CurrentUser igLead = person(Role.IG_LEAD, UUID.randomUUID());
        mvc.perform(get("/clients").with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Your caseload"))));
    }
}
