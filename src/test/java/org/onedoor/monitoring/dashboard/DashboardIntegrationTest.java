package org.onedoor.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboards by role (issue 18 item 1) against the real engine and database: a commissioner sees one practice's
 * small numbers suppressed on the page and in the CSV; the practice's own user sees them unsuppressed and nobody
 * else's; bad filters, a future period and an empty choice each get a clear answer. The test clock's today is
 * 2026-11-23, so the default window is the 12 months to October 2026.
 */
@IntegrationTest
class DashboardIntegrationTest {

    private static final String IN_TREATMENT = "Numbers in treatment (rolling 12 months),All,";

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    CurrentUsers currentUsers;

    private TreatedPeople people;
    private UUID practice;
    private CurrentUser commissioner;

    @BeforeEach
    void threePeopleInTreatmentAtOnePractice() {
        people = new TreatedPeople(directory, registry, treatment, currentUsers);
        practice = people.organisation(OrganisationType.GP_PRACTICE, "Dashboard Surgery");
        people.inTreatment(practice, 3, "ALCOHOL", LocalDate.of(2026, 3, 2));
        commissioner =
                Actors.person(Role.COMMISSIONER, people.organisation(OrganisationType.COUNCIL_COMMISSIONER, "Council"));
    }

    @Test
    void aCommissionerSeesOnePracticesSmallNumbersSuppressedOnThePageAndInTheCsv() throws Exception {
        String page = body(mvc.perform(get("/monitoring")
                        .param("practice", practice.toString())
                        .with(as(commissioner)))
                .andExpect(status().isOk()));
        assertThat(page).contains("Dashboard Surgery").contains("&lt;5").doesNotContain("data-label=\"Figure\">3<");

        String csv = csv(commissioner, "figures", practice);
        assertThat(csv).contains(IN_TREATMENT + "<5,").doesNotContain(IN_TREATMENT + "3,");
        assertThat(csv(commissioner, "trend", practice)).contains("2026-03,<5,");
    }

    @Test
    void aPracticeUserSeesTheirOwnPracticeUnsuppressedAndNoOtherPractice() throws Exception {
        CurrentUser practiceUser = Actors.person(Role.PRACTICE_USER, practice);
        UUID other = people.organisation(OrganisationType.GP_PRACTICE, "Other Surgery");

        String page =
                body(mvc.perform(get("/monitoring").with(as(practiceUser))).andExpect(status().isOk()));
        assertThat(page).contains("Dashboard Surgery").doesNotContain("id=\"practice\"");
        assertThat(csv(practiceUser, "figures", null)).contains(IN_TREATMENT + "3,");

        String refused = body(mvc.perform(
                        get("/monitoring").param("practice", other.toString()).with(as(practiceUser)))
                .andExpect(status().isForbidden()));
        assertThat(refused).contains("You can see only your own organisation");
        mvc.perform(get("/monitoring/export")
                        .param("table", "figures")
                        .param("format", "csv")
                        .param("practice", other.toString())
                        .with(as(practiceUser)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFuturePeriodAndBadFiltersAreExplainedWithA400() throws Exception {
        String future =
                body(mvc.perform(get("/monitoring").param("period", "2026-12").with(as(commissioner)))
                        .andExpect(status().isBadRequest()));
        assertThat(future).contains("The period cannot end in the future: choose 2026-11 or an earlier month");

        String bad = body(mvc.perform(get("/monitoring")
                        .param("provider", "<script>")
                        .param("group", "CAKE")
                        .with(as(commissioner)))
                .andExpect(status().isBadRequest()));
        assertThat(bad)
                .contains("Choose a provider from the list", "Choose a substance group from the list")
                .doesNotContain("<script>");

        mvc.perform(get("/monitoring/export")
                        .param("table", "figures")
                        .param("format", "pdf")
                        .with(as(commissioner)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/monitoring/export")
                        .param("table", "nothing")
                        .param("format", "csv")
                        .with(as(commissioner)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aChoiceWithNoTreatmentShowsAnEmptyState() throws Exception {
        UUID empty = people.organisation(OrganisationType.GP_PRACTICE, "Quiet Surgery");

        String page = body(mvc.perform(
                        get("/monitoring").param("practice", empty.toString()).with(as(commissioner)))
                .andExpect(status().isOk()));

        assertThat(page).contains("No treatment is recorded for this choice");
    }

    @Test
    void staffWithoutTheMonitoringPrivilegeAreRefused() throws Exception {
        CurrentUser worker = Actors.person(Role.RECOVERY_WORKER, people.provider);

        mvc.perform(get("/monitoring").with(as(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/monitoring/home-figures").with(as(worker))).andExpect(status().isForbidden());
    }

    @Test
    void aTeamManagerOfTheProviderSeesItsFiguresUnsuppressed() throws Exception {
        CurrentUser manager = Actors.person(Role.TEAM_MANAGER, people.provider);

        assertThat(csv(manager, "figures", null)).contains(IN_TREATMENT + "3,");
    }

    @Test
    void aCommissionersHomePagePullsTheHeadlineFiguresFromMonitoring() throws Exception {
        String home = body(mvc.perform(get("/").with(as(commissioner))).andExpect(status().isOk()));
        assertThat(home).contains("hx-get=\"/monitoring/home-figures\"");

        String figures = body(mvc.perform(get("/monitoring/home-figures").with(as(commissioner)))
                .andExpect(status().isOk()));

        assertThat(figures)
                .contains("Headline figures: 12 months to October 2026")
                .contains("Numbers in treatment (rolling 12 months)")
                .containsAnyOf("since last month", "No comparison shown");
        String workersHome = body(mvc.perform(get("/").with(as(Actors.person(Role.RECOVERY_WORKER, people.provider))))
                .andExpect(status().isOk()));
        assertThat(workersHome).doesNotContain("/monitoring/home-figures");
    }

    private String csv(CurrentUser who, String table, UUID chosenPractice) throws Exception {
        var request = get("/monitoring/export")
                .param("table", table)
                .param("format", "csv")
                .with(as(who));
        if (chosenPractice != null) {
            request = request.param("practice", chosenPractice.toString());
        }
        return body(mvc.perform(request).andExpect(status().isOk()));
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
