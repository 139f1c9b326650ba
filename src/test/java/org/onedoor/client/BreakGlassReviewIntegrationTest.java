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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class BreakGlassReviewIntegrationTest {

    /** A day no other test uses, so this test's openings are the newest in the shared database. */
    static final LocalDate DAY = LocalDate.of(2034, 5, 17);

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    BreakGlass breakGlass;

    @Autowired
    JdbcClient jdbc;

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
    void theIgLeadSeesAnOpeningWithItsViewsAndReviewsItOnce() throws Exception {
        clock.setDate(DAY);
        CurrentUser worker = person(Role.RECOVERY_WORKER, fixtures.organisation("Home Recovery"));
        String otherName = "Elsewhere Health";
        CurrentUser outsider = person(Role.RECOVERY_WORKER, fixtures.organisation(otherName));
        UUID client = fixtures.clientOf(worker);
        String reference = fixtures.reference(client);
        UUID opening = fixtures.breakGlass(outsider, client, "Called by A&E about an overdose tonight");
        fixtures.view(outsider, client);
        fixtures.view(outsider, client);

        mvc.perform(get("/ig/break-glass").with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString(outsider.username())))
                .andExpect(content().string(containsString(otherName)))
                .andExpect(content().string(containsString("Called by A&amp;E about an overdose tonight")))
                .andExpect(content().string(containsString("/ig/break-glass/" + opening)));
        mvc.perform(get("/ig/break-glass/" + opening).with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Viewed the record 2 times")))
                .andExpect(content().string(containsString("Recovery worker")))
                .andExpect(content().string(containsString("Save review")));

        mvc.perform(post("/ig/break-glass/" + opening)
                        .with(as(igLead))
                        .with(csrf())
                        .param("outcome", "NOT_JUSTIFIED")
                        .param("note", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"note-error\"")))
                .andExpect(content().string(containsString("Say what follow-up is needed")));
        assertThat(reviewedAt(opening)).isZero();

        mvc.perform(post("/ig/break-glass/" + opening)
                        .with(as(igLead))
                        .with(csrf())
                        .param("outcome", "JUSTIFIED"))
                .andExpect(redirectedUrl("/ig/break-glass"))
                .andExpect(flash().attribute("flash", containsString("justified")));
        assertThat(reviewedAt(opening)).isOne();

        mvc.perform(post("/ig/break-glass/" + opening)
                        .with(as(igLead))
                        .with(csrf())
                        .param("outcome", "NOT_JUSTIFIED")
                        .param("note", "Second opinion"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This opening has already been reviewed")));
        assertThat(jdbc.sql("select review_outcome from client_break_glass where id = ?")
                        .param(opening)
                        .query(String.class)
                        .single())
                .isEqualTo("JUSTIFIED");

        mvc.perform(get("/ig/break-glass").with(as(igLead)))
                .andExpect(content().string(not(containsString(reference))));
        mvc.perform(get("/ig/break-glass").param("status", "REVIEWED").with(as(igLead)))
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("Justified")));
        mvc.perform(get("/ig/access-reports")
                        .param("from", DAY.toString())
                        .param("to", DAY.toString())
                        .with(as(igLead)))
                .andExpect(content().string(containsString(outsider.username())))
                .andExpect(content().string(containsString("Break-glass</strong>")));
    }

    @Test
    void reviewingNeedsAnOutcome() throws Exception {
        clock.setDate(DAY.plusDays(1));
        CurrentUser worker = person(Role.RECOVERY_WORKER, fixtures.organisation("Home Recovery"));
        CurrentUser outsider = person(Role.PRESCRIBER, fixtures.organisation("Elsewhere Health"));
        UUID opening = fixtures.breakGlass(outsider, fixtures.clientOf(worker), "Prescribing check out of hours");

        mvc.perform(post("/ig/break-glass/" + opening).with(as(igLead)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select whether the opening was justified")))
                .andExpect(content().string(containsString("Viewed the record 0 times")));
        assertThat(reviewedAt(opening)).isZero();
        mvc.perform(get("/ig/break-glass/" + UUID.randomUUID()).with(as(igLead)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theHomePageCountsOpeningsAwaitingReviewAndLinksToThem() throws Exception {
        mvc.perform(get("/").with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("break-glass openings awaiting review")))
                .andExpect(content().string(containsString("href=\"/ig/break-glass\"")))
                .andExpect(content().string(containsString("Access reviews")));
        mvc.perform(get("/").with(as(person(Role.RECOVERY_WORKER, UUID.randomUUID()))))
                .andExpect(content().string(not(containsString("break-glass openings awaiting review"))))
                .andExpect(content().string(not(containsString("Access reviews"))));
    }

    @Test
    void nobodyButTheIgLeadReachesTheReviewPages() throws Exception {
        UUID anyOpening = UUID.randomUUID();
        for (Role role : Role.values()) {
            if (role == Role.IG_LEAD) {
                continue;
            }
            CurrentUser someone = person(role, UUID.randomUUID());
            mvc.perform(get("/ig/break-glass").with(as(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/ig/break-glass/" + anyOpening).with(as(someone))).andExpect(status().isForbidden());
            mvc.perform(post("/ig/break-glass/" + anyOpening)
                            .with(as(someone))
                            .with(csrf())
                            .param("outcome", "JUSTIFIED"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/ig/access-reports").with(as(someone))).andExpect(status().isForbidden());
        }
    }

    private int reviewedAt(UUID opening) {
        return jdbc.sql("select count(*) from client_break_glass where id = ? and reviewed_at is not null")
                .param(opening)
                .query(Integer.class)
                .single();
    }
}
