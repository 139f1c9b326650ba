package org.onedoor.treatment.prescribing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.EpisodeId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import(PrescribingFixtures.class)
class PrescribingIntegrationTest {

    @Autowired
    PrescribingFixtures fixtures;

    @Autowired
    Prescribing prescribing;

    @Autowired
    PrescribingRecords records;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    private UUID provider;
    private CurrentUser prescriber;
    private UUID client;
    private UUID episode;
    private LocalDate today;

    private void setUp() {
        provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        prescriber = PrescribingFixtures.person(Role.PRESCRIBER, provider);
        client = fixtures.client(prescriber);
        today = LocalDate.now(clock);
        episode = fixtures.episode(prescriber, client, today.minusDays(60));
    }

    @Test
    void recordsTitrationReviewAndStopKeepingEveryChange() {
        setUp();
        UUID course = as(() -> prescribing.start(PrescribingFixtures.methadone(
                episode, new BigDecimal("20"), provider, PrescriberKind.SPECIALIST, today.minusDays(50))));
        as(() -> {
            prescribing.changeDose(course, today.minusDays(43), new BigDecimal("30"), "Titration");
            prescribing.changeSupervision(course, today.minusDays(30), Instalment.WEEKLY, false, null, "Stable");
            prescribing.review(
                    course, new CourseReview(today.minusDays(20), "Dr Patel", "Continue", today.minusDays(1)));
            return null;
        });
        CourseView view = as(() -> records.forEpisode(episode)).courses().get(0);
        assertThat(view.dose()).isEqualTo("30 mg");
        assertThat(view.instalment()).isEqualTo(Instalment.WEEKLY);
        assertThat(view.reviewDue()).as("the next review date has passed").isTrue();
        assertThat(view.changes())
                .extracting(CourseView.Change::kind)
                .containsExactly("STARTED", "DOSE", "SUPERVISION");
        as(() -> {
            prescribing.stop(course, today.minusDays(2), "Completed withdrawal");
            return null;
        });
        assertThatThrownBy(() -> as(() -> {
                    prescribing.changeDose(course, today.minusDays(1), new BigDecimal("10"), "Late");
                    return null;
                }))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("must not be after the course stopped");
        assertThat(jdbc.sql("select count(*) from client_timeline where client_id = ? and kind = 'PRESCRIBING'")
                        .param(client)
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from treatment_prescribing_change where course_id = ?")
                        .param(course)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void refusesDosesOutsideTheMedicinesBounds() {
        setUp();
        assertThatThrownBy(() -> as(() -> prescribing.start(PrescribingFixtures.methadone(
                        episode, new BigDecimal("301"), provider, PrescriberKind.SPECIALIST, today))))
                .isInstanceOf(FieldProblems.class)
                .hasFieldOrPropertyWithValue("code", "PRESCRIBING_INVALID")
                .hasMessage("The dose of Methadone oral solution 1 mg/ml must be between 1 mg and 300 mg");
        NewCourse buprenorphine = new NewCourse(
                new EpisodeId(episode),
                null,
                "BUPRENORPHINE_SL",
                null,
                new BigDecimal("40"),
                Instalment.DAILY,
                false,
                null,
                "Pharmacy",
                null,
                null,
                PrescriberKind.SPECIALIST,
                new OrganisationId(provider),
                "Dr A",
                today,
                null);
        assertThatThrownBy(() -> as(() -> prescribing.start(buprenorphine)))
                .hasMessage("The dose of Buprenorphine sublingual must be between 0.4 mg and 32 mg");
        assertThatThrownBy(() -> as(() -> prescribing.start(PrescribingFixtures.methadone(
                        episode, new BigDecimal("-5"), provider, PrescriberKind.SPECIALIST, today.plusDays(1)))))
                .isInstanceOf(FieldProblems.class)
                .hasFieldOrPropertyWithValue("code", "PRESCRIBING_INVALID")
                .satisfies(e -> assertThat(((DomainRuleViolation) e).problems())
                        .extracting(DomainRuleViolation.FieldProblem::code)
                        .contains("DOSE_OUT_OF_BOUNDS", "DATE_IN_FUTURE"));
        assertThat(jdbc.sql("select count(*) from treatment_prescribing_course where client_id = ?")
                        .param(client)
                        .query(Integer.class)
                        .single())
                .as("nothing saved")
                .isZero();
    }

    @Test
    void refusesAChangeBeforeTheStartAndASecondActiveCourse() {
        setUp();
        UUID course = as(() -> prescribing.start(PrescribingFixtures.methadone(
                episode, new BigDecimal("40"), provider, PrescriberKind.SPECIALIST, today.minusDays(10))));
        assertThatThrownBy(() -> as(() -> {
                    prescribing.changeDose(course, today.minusDays(11), new BigDecimal("50"), "Titration");
                    return null;
                }))
                .isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(codes(e)).containsExactly("BEFORE_START"));
        assertThatThrownBy(() -> as(() -> prescribing.start(PrescribingFixtures.methadone(
                        episode, new BigDecimal("40"), provider, PrescriberKind.SPECIALIST, today))))
                .satisfies(e -> assertThat(codes(e)).containsExactly("SECOND_ACTIVE_COURSE"))
                .hasMessageContaining("already has an active course");
    }

    @Test
    void aGpPracticePrescribingInSharedCareJoinsTheCareTeam() {
        setUp();
        UUID practice = fixtures.organisation(OrganisationType.GP_PRACTICE);
        UUID course = as(() -> prescribing.start(PrescribingFixtures.methadone(
                episode, new BigDecimal("60"), practice, PrescriberKind.GP_PRACTICE, today.minusDays(5))));
        assertThat(jdbc.sql("""
                select count(*) from client_care_team where client_id = ? and organisation_id = ?
                   and team_role = 'SHARED_CARE' and source_kind = 'PRESCRIBING' and source_id = ?
                """)
                        .param(client)
                        .param(practice)
                        .param(course)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> as(() -> prescribing.start(PrescribingFixtures.methadone(
                        episode, new BigDecimal("60"), provider, PrescriberKind.GP_PRACTICE, today))))
                .satisfies(e -> assertThat(codes(e)).contains("WRONG_PRESCRIBER", "SECOND_ACTIVE_COURSE"));
    }

    @Test
    void onlyPrescribersChangeAndOutsidersAreRefused() throws Exception {
        setUp();
        CurrentUser worker = PrescribingFixtures.person(Role.RECOVERY_WORKER, provider);
        CurrentUser commissioner = PrescribingFixtures.person(
                Role.COMMISSIONER, fixtures.organisation(OrganisationType.COUNCIL_COMMISSIONER));
        CurrentUser elsewhere =
                PrescribingFixtures.person(Role.PRESCRIBER, fixtures.organisation(OrganisationType.PARTNER_PROVIDER));
        mvc.perform(get("/episodes/" + episode + "/prescribing").with(Actors.as(prescriber)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Start a course")));
        mvc.perform(get("/episodes/" + episode + "/prescribing").with(Actors.as(worker)))
                .andExpect(status().isOk());
        mvc.perform(get("/episodes/" + episode + "/prescribing/new").with(Actors.as(prescriber)))
                .andExpect(status().isOk());
        mvc.perform(post("/episodes/" + episode + "/prescribing/new")
                        .with(Actors.as(worker))
                        .with(csrf())
                        .param("medicine", "METHADONE_ORAL"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/episodes/" + episode + "/prescribing").with(Actors.as(commissioner)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/episodes/" + episode + "/prescribing").with(Actors.as(elsewhere)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/episodes/" + episode + "/prescribing/new")
                        .with(Actors.as(prescriber))
                        .with(csrf())
                        .param("medicine", "METHADONE_ORAL")
                        .param("doseMg", "500"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("between 1 mg and 300 mg")));
    }

    @Test
    void aTwoDigitYearIsNotTakenForTheFirstCentury() throws Exception {
        setUp();
        mvc.perform(post("/episodes/" + episode + "/prescribing/new")
                        .with(Actors.as(prescriber))
                        .with(csrf())
                        .param("medicine", "METHADONE_ORAL")
                        .param("doseMg", "30")
                        .param("startedOn.day", "3")
                        .param("startedOn.month", "11")
                        .param("startedOn.year", "26"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("must be a real date")));
        assertThat(as(() -> records.forEpisode(episode)).courses()).isEmpty();
    }

    /**
     * Issue 14: a reason, reviewer, outcome or name longer than its column was sent to the database and failed with
     * a server error; the course's rules now refuse it at the field, and nothing is saved.
     */
    @Test
    void anOverlongReasonIsAFieldErrorAndNothingIsSaved() throws Exception {
        setUp();
        UUID course = as(() -> prescribing.start(PrescribingFixtures.methadone(
                episode, new BigDecimal("20"), provider, PrescriberKind.SPECIALIST, today.minusDays(50))));
        mvc.perform(post("/prescribing/" + course + "/stop")
                        .with(Actors.as(prescriber))
                        .with(csrf())
                        .param("on.day", String.valueOf(today.getDayOfMonth()))
                        .param("on.month", String.valueOf(today.getMonthValue()))
                        .param("on.year", String.valueOf(today.getYear()))
                        .param("reason", "r".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("The reason must be 500 characters or fewer")));
        assertThat(as(() -> records.forEpisode(episode)).courses().get(0).changes())
                .extracting(CourseView.Change::kind)
                .containsExactly("STARTED");
        assertThatThrownBy(() -> as(() -> {
                    prescribing.review(course, new CourseReview(today, "Dr Patel", "o".repeat(1001), null));
                    return null;
                }))
                .satisfies(e -> assertThat(codes(e)).containsExactly("TOO_LONG"));
    }

    private static java.util.List<String> codes(Throwable e) {
        return ((DomainRuleViolation) e)
                .problems().stream().map(DomainRuleViolation.FieldProblem::code).toList();
    }

    private <T> T as(Supplier<T> work) {
        return currentUsers.actingAs(prescriber, work);
    }
}
