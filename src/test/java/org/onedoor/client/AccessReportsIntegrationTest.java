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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.ResultPage;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccessReportsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    AccessReviews reviews;

    @Autowired
    ClientFixtures fixtures;

    CurrentUser igLead;

    @BeforeEach
    void setUp() {
        igLead = person(Role.IG_LEAD, UUID.randomUUID());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aColleagueViewingAClientOfAnotherWorkersCaseloadIsListedButTheNamedWorkerIsNot() throws Exception {
        LocalDate day = LocalDate.of(2033, 2, 14);
        clock.setDate(day);
        UUID organisation = fixtures.organisation("Caseload Recovery");
        CurrentUser named = person(Role.RECOVERY_WORKER, organisation);
        CurrentUser colleague = person(Role.RECOVERY_WORKER, organisation);
        UUID client = fixtures.clientOf(named);
        fixtures.view(named, client);
        fixtures.view(colleague, client);
        fixtures.view(colleague, client);

        mvc.perform(get("/ig/access-reports")
                        .param("from", day.minusDays(1).toString())
                        .param("to", day.toString())
                        .with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(colleague.username())))
                .andExpect(content().string(containsString(fixtures.reference(client))))
                .andExpect(content().string(not(containsString(named.username()))));
        ResultPage<OutsideCaseloadAccess> report =
                currentUsers.actingAs(igLead, () -> reviews.outsideCaseload(day, day, 0, 100));
        assertThat(report.items())
                .filteredOn(a -> a.clientId().equals(client))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.username()).isEqualTo(colleague.username());
                    assertThat(a.views()).isEqualTo(2);
                    assertThat(a.underBreakGlass()).isFalse();
                });
        mvc.perform(get("/ig/access-reports")
                        .param("from", day.plusDays(1).toString())
                        .param("to", day.plusDays(2).toString())
                        .with(as(igLead)))
                .andExpect(content().string(not(containsString(colleague.username()))));
    }

    @Test
    void aUserViewingMoreClientsInADayThanTheThresholdIsListed() throws Exception {
        LocalDate day = LocalDate.of(2033, 3, 21);
        clock.setDate(day);
        UUID organisation = fixtures.organisation("Volume Recovery");
        CurrentUser owner = person(Role.RECOVERY_WORKER, organisation);
        CurrentUser busy = person(Role.RECOVERY_WORKER, organisation);
        for (int i = 0; i < 3; i++) {
            UUID client = fixtures.clientOf(owner);
            fixtures.view(busy, client);
            fixtures.view(busy, client);
        }

        mvc.perform(get("/ig/access-reports")
                        .param("from", day.toString())
                        .param("to", day.toString())
                        .param("threshold", "2")
                        .with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("more than 2 different clients")))
                .andExpect(content().string(containsString(busy.username())));
        ResultPage<UnusualVolume> volumes =
                currentUsers.actingAs(igLead, () -> reviews.unusualVolumes(day, day, 2, 0, 100));
        assertThat(volumes.items())
                .filteredOn(v -> v.username().equals(busy.username()))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.day()).isEqualTo(day);
                    assertThat(v.distinctClients()).isEqualTo(3);
                    assertThat(v.views()).isEqualTo(6);
                });
        assertThat(currentUsers
                        .actingAs(igLead, () -> reviews.unusualVolumes(day, day, 3, 0, 100))
                        .items())
                .noneMatch(v -> v.username().equals(busy.username()));
        String page = mvc.perform(get("/ig/access-reports")
                        .param("from", day.toString())
                        .param("to", day.toString())
                        .with(as(igLead)))
                .andExpect(content().string(containsString("more than 50 different clients")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.substring(page.indexOf("id=\"unusual-volumes\""))).doesNotContain(busy.username());
        assertThat(page.substring(0, page.indexOf("id=\"unusual-volumes\""))).contains(busy.username());
    }

    @Test
    void thePeriodDefaultsToTheLastThirtyDaysAndBadDatesAreExplained() throws Exception {
        LocalDate today = LocalDate.of(2033, 6, 30);
        clock.setDate(today);
        mvc.perform(get("/ig/access-reports").with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2033-06-01\"")))
                .andExpect(content().string(containsString("value=\"2033-06-30\"")))
                .andExpect(content().string(containsString("Access outside caseload")));
        mvc.perform(get("/ig/access-reports")
                        .param("from", "2033-06-10")
                        .param("to", "2033-06-01")
                        .with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The start date must be on or before the end date")))
                .andExpect(content().string(containsString("id=\"from-error\"")))
                .andExpect(content().string(not(containsString("Unusual volumes</h2>"))));
        mvc.perform(get("/ig/access-reports")
                        .param("from", "2033-02-30")
                        .param("threshold", "none")
                        .with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the start date as a real date")))
                .andExpect(content().string(containsString("id=\"threshold-error\"")));
        mvc.perform(get("/ig/access-reports")
                        .param("from", "2031-01-01")
                        .param("to", "2033-01-01")
                        .with(as(igLead)))
                .andExpect(content().string(containsString("at most 366 days")));
    }

    @Test
    void quietPeriodsSayNothingWasFound() throws Exception {
        mvc.perform(get("/ig/access-reports")
                        .param("from", "1999-01-01")
                        .param("to", "1999-01-31")
                        .with(as(igLead)))
                .andExpect(content().string(containsString("No one viewed a client outside their caseload")))
                .andExpect(content().string(containsString("No one viewed an unusual number of clients")));
    }
}
