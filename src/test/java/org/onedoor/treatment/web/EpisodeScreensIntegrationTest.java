package org.onedoor.treatment.web;

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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.Discharge;
import org.onedoor.treatment.EpisodeManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@Import(EpisodeScreenFixtures.class)
class EpisodeScreensIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EpisodeScreenFixtures given;

    @Autowired
    EpisodeManagement episodes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    org.onedoor.testsupport.StaffAccounts staff;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWorkerOpensAnEpisodeFromAnAcceptedReferral() throws Exception {
        UUID partner = given.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser worker = staff.enrol(EpisodeScreenFixtures.worker(partner));
        UUID referral = given.acceptedReferral(partner, worker);

        CurrentUser manager = Actors.person(Role.TEAM_MANAGER, partner);
        mvc.perform(get("/referrals/{id}", referral).with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/referrals/" + referral + "/episode")));
        UUID client = given.clientOf(referral);
        mvc.perform(get("/clients/{id}/episodes", client).with(as(worker)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/referrals/" + referral + "/episode")));
        mvc.perform(get("/referrals/{id}/episode", referral).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Open an episode"),
                                containsString("value=\"" + worker.username() + "\""))));
        MvcResult opened = mvc.perform(post("/referrals/{id}/episode", referral)
                        .with(as(worker))
                        .with(csrf())
                        .param("triagedOn.day", day(given.today()))
                        .param("triagedOn.month", month(given.today()))
                        .param("triagedOn.year", year(given.today()))
                        .param("keyworkerName", "Kim Keyworker")
                        .param("keyworkerUsername", worker.username()))
                .andExpect(redirectedUrlPattern("/episodes/*"))
                .andReturn();

        mvc.perform(get(opened.getResponse().getRedirectedUrl()).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(worker.displayName()),
                                containsString("Alcohol"),
                                containsString("Cocaine"),
                                containsString(">Open<"),
                                containsString("Add an intervention"))));
    }

    @Test
    void badInputIsShownAtEachFieldWithWhatWasTypedAndNothingIsSaved() throws Exception {
        UUID provider = given.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = staff.enrol(EpisodeScreenFixtures.worker(provider));
        UUID client = given.client(worker);
        LocalDate tomorrow = given.today().plusDays(1);

        mvc.perform(get("/clients/{id}/episodes/new", client).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"" + worker.username() + "\""),
                                containsString("<option value=\"" + provider + "\" selected=\"selected\""))));
        mvc.perform(open(client, worker, provider)
                        .param("referredOn.day", "31")
                        .param("referredOn.month", "2")
                        .param("referredOn.year", "2026")
                        .param("triagedOn.day", day(tomorrow))
                        .param("triagedOn.month", month(tomorrow))
                        .param("triagedOn.year", year(tomorrow))
                        .param("substance1", "ALCOHOL"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("The referral date must be a real date"),
                                containsString("value=\"31\""))));
        mvc.perform(open(client, worker, provider)
                        .param("referredOn.day", "1")
                        .param("referredOn.month", "1")
                        .param("referredOn.year", "2026")
                        .param("triagedOn.day", day(tomorrow))
                        .param("triagedOn.month", month(tomorrow))
                        .param("triagedOn.year", year(tomorrow))
                        .param("substance1", "NOT_A_SUBSTANCE"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choose up to three substances from the list"),
                                containsString("govuk-error-summary"))));
        mvc.perform(open(client, worker, provider)
                        .param("referredOn.day", "1")
                        .param("referredOn.month", "1")
                        .param("referredOn.year", "2026")
                        .param("triagedOn.day", day(tomorrow))
                        .param("triagedOn.month", month(tomorrow))
                        .param("triagedOn.year", year(tomorrow))
                        .param("substance1", "ALCOHOL"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("The date must be today or in the past"),
                                containsString("href=\"#triagedOn\""),
                                containsString("value=\"" + day(tomorrow) + "\""))));
        assertThat(episodesOf(client)).isZero();
    }

    @Test
    void aSecondOpenEpisodeAtTheSameProviderIsRefusedAtTheProvider() throws Exception {
        UUID provider = given.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = EpisodeScreenFixtures.worker(provider);
        UUID client = given.client(worker);
        given.episode(worker, client, given.today().minusDays(20), given.today().minusDays(19));

        mvc.perform(dated(open(client, worker, provider), given.today().minusDays(3))
                        .param("substance1", "ALCOHOL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The client already has an open episode at")));
        assertThat(episodesOf(client)).isOne();
    }

    @Test
    void theEpisodePageShowsARePresentationAndTheClientRecordListsTheEpisodes() throws Exception {
        UUID provider = given.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = EpisodeScreenFixtures.worker(provider);
        clock.setDate(LocalDate.of(2026, 6, 2));
        UUID client = given.client(worker);
        UUID first = given.episode(worker, client, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2));
        clock.setDate(LocalDate.of(2026, 9, 1));
        given.as(worker, () -> {
            episodes.discharge(first, new Discharge("81", LocalDate.of(2026, 8, 31), "Home", null));
            return null;
        });
        clock.setDate(LocalDate.of(2026, 11, 1));
        UUID second = given.episode(worker, client, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 21));

        mvc.perform(get("/episodes/{id}", second).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Re-presented within 6 months of a successful completion on 31 August 2026")));
        mvc.perform(get("/clients/{id}", client).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/clients/" + client + "/episodes\"")));
        mvc.perform(get("/clients/{id}/episodes", client).with(as(worker)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("/episodes/" + first),
                                containsString("/episodes/" + second),
                                containsString("Treatment completed: alcohol-free"),
                                containsString("Re-presentation"),
                                containsString("Open an episode"),
                                not(containsString("<html")))));
    }

    @Test
    void someoneOutsideTheCareTeamAndACommissionerAreRefused() throws Exception {
        UUID provider = given.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = EpisodeScreenFixtures.worker(provider);
        UUID client = given.client(worker);
        UUID episode = given.episode(
                worker, client, given.today().minusDays(5), given.today().minusDays(4));
        CurrentUser outsider = EpisodeScreenFixtures.worker(given.organisation(OrganisationType.PARTNER_PROVIDER));
        CurrentUser commissioner =
                Actors.person(Role.COMMISSIONER, given.organisation(OrganisationType.COUNCIL_COMMISSIONER));

        for (CurrentUser refused : new CurrentUser[] {outsider, commissioner}) {
            mvc.perform(get("/episodes/{id}", episode).with(as(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/clients/{id}/episodes", client).with(as(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/clients/{id}/episodes/new", client).with(as(refused)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/episodes/{id}/discharge", episode)
                            .with(as(refused))
                            .with(csrf())
                            .param("reason", "85")
                            .param("dischargedOn.day", day(given.today()))
                            .param("dischargedOn.month", month(given.today()))
                            .param("dischargedOn.year", year(given.today())))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select status from treatment_episode where id = ?")
                        .param(episode)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
    }

    private MockHttpServletRequestBuilder open(UUID client, CurrentUser worker, UUID provider) {
        return post("/clients/{id}/episodes/new", client)
                .with(as(worker))
                .with(csrf())
                .param("providerId", provider.toString())
                .param("keyworkerName", "Kim Keyworker");
    }

    private static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, LocalDate on) {
        return request.param("referredOn.day", day(on))
                .param("referredOn.month", month(on))
                .param("referredOn.year", year(on))
                .param("triagedOn.day", day(on))
                .param("triagedOn.month", month(on))
                .param("triagedOn.year", year(on));
    }

    private int episodesOf(UUID client) {
        return jdbc.sql("select count(*) from treatment_episode where client_id = ?")
                .param(client)
                .query(Integer.class)
                .single();
    }

    static String day(LocalDate date) {
        return String.valueOf(date.getDayOfMonth());
    }

    static String month(LocalDate date) {
        return String.valueOf(date.getMonthValue());
    }

    static String year(LocalDate date) {
        return String.valueOf(date.getYear());
    }
}
