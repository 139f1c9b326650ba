package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 item 12: keyworkers are validated, reassignable for one client or a whole caseload at once (with
 * confirmation), and a team manager sees the caseloads by worker with what is overdue.
 */
@IntegrationTest
class KeyworkersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    StaffAccounts staff;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    EpisodeManagement episodes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oneClientIsHandedToAnotherKeyworkerOfTheProvider() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        CurrentUser colleague = staff.enrol(TreatmentFixtures.worker(provider));
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(5), today.minusDays(4));
        String page = "/episodes/" + episode + "/keyworker";

        mvc.perform(get(page).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + colleague.username() + "\"")));
        mvc.perform(post(page).with(as(worker)).with(csrf()).param("keyworkerUsername", "made-up-" + UUID.randomUUID()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"keyworkerUsername-error\""),
                                containsString("There is no OneDoor account"))));
        assertThat(keyworkerOf(episode)).isEqualTo(worker.username());

        mvc.perform(post(page).with(as(worker)).with(csrf()).param("keyworkerUsername", colleague.username()))
                .andExpect(redirectedUrl("/episodes/" + episode));
        assertThat(keyworkerOf(episode)).isEqualTo(colleague.username());
        assertThat(jdbc.sql("""
                select worker_username from client_care_team
                 where client_id = ? and organisation_id = ? and team_role = 'RESPONSIBLE'
                """)
                        .param(client)
                        .param(provider)
                        .query(String.class)
                        .single())
                .isEqualTo(colleague.username());
        mvc.perform(get("/caseload").with(as(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(client.toString())));
    }

    @Test
    void aTeamManagerHandsAWholeCaseloadOverAfterConfirming() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser leaver = TreatmentFixtures.worker(provider);
        CurrentUser successor = staff.enrol(TreatmentFixtures.worker(provider));
        CurrentUser manager = person(Role.TEAM_MANAGER, provider);
        LocalDate today = LocalDate.now(clock);
        UUID first = fixtures.client(leaver);
        UUID second = fixtures.client(leaver);
        UUID one = fixtures.episode(leaver, first, today.minusDays(9), today.minusDays(8));
        UUID two = fixtures.episode(leaver, second, today.minusDays(9), today.minusDays(8));
        String page = "/caseloads/" + leaver.username() + "/handover";

        mvc.perform(get(page).with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("2 open episodes will move"),
                                containsString("value=\"" + successor.username() + "\""))));
        mvc.perform(post(page).with(as(manager)).with(csrf()).param("keyworkerUsername", successor.username()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirm that the whole caseload moves")));
        assertThat(keyworkerOf(one)).isEqualTo(leaver.username());
        mvc.perform(post(page)
                        .with(as(leaver))
                        .with(csrf())
                        .param("keyworkerUsername", successor.username())
                        .param("confirm", "yes"))
                .andExpect(status().isForbidden());

        mvc.perform(post(page)
                        .with(as(manager))
                        .with(csrf())
                        .param("keyworkerUsername", successor.username())
                        .param("confirm", "yes"))
                .andExpect(redirectedUrl("/caseloads"));
        assertThat(keyworkerOf(one)).isEqualTo(successor.username());
        assertThat(keyworkerOf(two)).isEqualTo(successor.username());
        mvc.perform(get(page).with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("there is nothing to hand over"),
                                not(containsString("Hand over the caseload")))));
        assertThat(jdbc.sql("""
                select count(*) from treatment_episode_history where episode_id in (?, ?) and action = 'KEYWORKER_CHANGED'
                """).param(one).param(two).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from audit_access_log where username = ? and subject_id in (?, ?)
                   and purpose = 'Keyworker handover'
                """)
                        .param(manager.username())
                        .param(first)
                        .param(second)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from client_care_team where client_id in (?, ?) and worker_username = ?
                """)
                        .param(first)
                        .param(second)
                        .param(successor.username())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aTeamManagerSeesCaseloadsByWorkerWithWhatIsOverdue() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        CurrentUser manager = person(Role.TEAM_MANAGER, provider);
        LocalDate today = LocalDate.now(clock);
        UUID late = fixtures.episode(worker, fixtures.client(worker), today.minusDays(120), today.minusDays(118));
        UUID recent = fixtures.episode(worker, fixtures.client(worker), today.minusDays(3), today.minusDays(2));
        currentUsers.actingAs(worker, () -> {
            episodes.startCarePlan(late, today.minusDays(110));
            episodes.startCarePlan(recent, today.minusDays(2));
            return null;
        });

        String body = mvc.perform(get("/caseloads").with(as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String row = body.substring(body.indexOf(worker.username()));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row.replaceAll("\\s+", " "))
                .containsPattern(">2</td> <td[^>]*>0</td> <td[^>]*>1</td> <td[^>]*>1</td>")
                .as("start records overdue on one episode, due on the other");
        assertThat(body).contains("/caseloads/" + worker.username() + "/handover");
        mvc.perform(get("/caseloads").with(as(worker))).andExpect(status().isForbidden());

        mvc.perform(get("/caseloads/" + worker.username()).with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Caseload of " + worker.username()), containsString("Overdue"))));
        mvc.perform(get("/caseloads/" + worker.username()).with(as(worker))).andExpect(status().isForbidden());
    }

    private String keyworkerOf(UUID episode) {
        return jdbc.sql("select keyworker_username from treatment_episode where id = ?")
                .param(episode)
                .query(String.class)
                .single();
    }

    private static CurrentUser person(Role role, UUID organisation) {
        return new CurrentUser(
                UUID.randomUUID(),
                role.name().toLowerCase().replace('_', '-') + "-"
                        + UUID.randomUUID().toString().substring(0, 8),
                "Test " + role.label(),
                organisation,
                Set.of(role));
    }
}
