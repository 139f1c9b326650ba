package org.onedoor.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.treatment.web.EpisodeScreensIntegrationTest.day;
import static org.onedoor.treatment.web.EpisodeScreensIntegrationTest.month;
import static org.onedoor.treatment.web.EpisodeScreensIntegrationTest.year;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@Import(EpisodeScreenFixtures.class)
class InterventionAndDischargeScreensIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EpisodeScreenFixtures given;

    @Autowired
    List<SubjectAccessSection> sections;

    @Test
    void interventionsAreAddedStartedAndEndedWithTheirRulesAtTheFields() throws Exception {
        UUID provider = given.organisation(OrganisationType.LEAD_PROVIDER);
        UUID practice = given.organisation(OrganisationType.GP_PRACTICE);
        CurrentUser worker = EpisodeScreenFixtures.worker(provider);
        UUID client = given.client(worker);
        LocalDate today = given.today();
        UUID episode = given.episode(worker, client, today.minusDays(30), today.minusDays(29));
        String base = "/episodes/" + episode + "/interventions";

        mvc.perform(get(base + "/new").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + practice + "\"")));
        mvc.perform(on(post(base + "/new"), worker, "referredOn", today.minusDays(10))
                        .param("type", "NOPE")
                        .param("setting", "PRIMARY_CARE")
                        .param("deliveredBy", practice.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the intervention from the list")));
        mvc.perform(on(
                                on(post(base + "/new"), worker, "referredOn", today.minusDays(10)),
                                worker,
                                "startedOn",
                                today.minusDays(12))
                        .param("type", "PSYCHOSOCIAL")
                        .param("setting", "PRIMARY_CARE")
                        .param("deliveredBy", practice.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot start before the client was referred to it")));
        UUID intervention = given.intervention(worker, episode, practice, today.minusDays(10), today.minusDays(8));

        mvc.perform(get(base + "/" + intervention + "/sub-interventions/new").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("PSY_CBT"), not(containsString("PH_MAINTENANCE")))));
        mvc.perform(on(
                                post(base + "/" + intervention + "/sub-interventions/new"),
                                worker,
                                "startedOn",
                                today.minusDays(7))
                        .param("subType", "PSY_CBT"))
                .andExpect(redirectedUrl("/episodes/" + episode));
        mvc.perform(on(post(base + "/" + intervention + "/end"), worker, "endedOn", today.minusDays(9))
                        .param("exitStatus", "A"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot end before it started")));
        mvc.perform(on(post(base + "/" + intervention + "/end"), worker, "endedOn", today.plusDays(1))
                        .param("exitStatus", "A"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("today or in the past")));

        mvc.perform(get("/episodes/" + episode + "/discharge").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"open-interventions\""),
                                containsString(base + "/" + intervention + "/end"),
                                containsString("Successful completion"),
                                containsString("Transfer"),
                                containsString("Unsuccessful"),
                                containsString("id=\"missing-exit-outcome\""),
                                containsString("stage=EXIT"))));
        mvc.perform(on(post("/episodes/" + episode + "/discharge"), worker, "dischargedOn", today)
                        .param("reason", "81"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("End every intervention before discharge: 1 is still open")));

        mvc.perform(on(post(base + "/" + intervention + "/end"), worker, "endedOn", today.minusDays(2))
                        .param("exitStatus", "A"))
                .andExpect(redirectedUrl("/episodes/" + episode));
        mvc.perform(on(post("/episodes/" + episode + "/discharge"), worker, "dischargedOn", today.minusDays(3))
                        .param("reason", "81"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dischargedOn-error")));
        mvc.perform(on(post("/episodes/" + episode + "/discharge"), worker, "dischargedOn", today)
                        .param("reason", "83"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("transferTo-error")));
        UUID partner = given.organisation(OrganisationType.PARTNER_PROVIDER);
        mvc.perform(on(post("/episodes/" + episode + "/discharge"), worker, "dischargedOn", today)
                        .param("reason", "83")
                        .param("transferTo", partner.toString()))
                .andExpect(redirectedUrl("/episodes/" + episode)); // past the missing-exit warning

        mvc.perform(get("/episodes/" + episode).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Open the episode at Partner provider"),
                                containsString("transferredFrom=" + episode),
                                containsString("Substance-specific"),
                                containsString("Mutually agreed planned exit"))));
        mvc.perform(get("/clients/" + client + "/episodes/new")
                        .param("transferredFrom", episode.toString())
                        .with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + partner + "\" selected=\"selected\"")));

        SubjectAccessSection treatment = sections.stream()
                .filter(s -> s.title().equals("Treatment episodes"))
                .findFirst()
                .orElseThrow();
        assertThat(treatment.items(Set.of(client))).singleElement().satisfies((SubjectAccessItem item) -> {
            assertThat(item.fields())
                    .containsKeys("Provider", "Triaged", "Intervention 1", "Discharged", "Transferred to");
            assertThat(item.fields().get("Intervention 1")).contains("Psychosocial", "1 sub-intervention");
        });
    }

    private static MockHttpServletRequestBuilder on(
            MockHttpServletRequestBuilder request, CurrentUser user, String field, LocalDate date) {
        return request.with(as(user))
                .with(csrf())
                .param(field + ".day", day(date))
                .param(field + ".month", month(date))
                .param(field + ".year", year(date));
    }
}
