package org.onedoor.treatment.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import(CarePlanFixtures.class)
class CarePlansIntegrationTest {

    @Autowired
    CarePlanFixtures fixtures;

    @Autowired
    CarePlans carePlans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFirstGoalStartsTheCarePlanAndReviewsKeepTheStatusHistory() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = CarePlanFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(20));

        UUID goal = fixtures.as(
                worker,
                () -> carePlans.addGoal(
                        episode,
                        new NewGoal(
                                "HOUSING",
                                "Move into the supported flat",
                                today.plusMonths(3),
                                today.plusWeeks(4),
                                today.minusDays(10))));
        assertThat(jdbc.sql("select care_plan_started_on from treatment_episode where id = ?")
                        .param(episode)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today.minusDays(10));

        clock.setDate(today.plusDays(30));
        fixtures.as(worker, () -> {
            carePlans.review(
                    episode,
                    goal,
                    new GoalReview(
                            today.plusDays(30), "Viewing booked", GoalStatus.IN_PROGRESS, today.plusDays(60), 0));
            carePlans.review(
                    episode, goal, new GoalReview(today.plusDays(30), "Moved in", GoalStatus.ACHIEVED, null, 1));
            return null;
        });
        CarePlanView view = fixtures.as(worker, () -> carePlans.view(episode));
        CarePlanView.Goal shown = view.goals().get(0);
        assertThat(shown.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(shown.reviews())
                .extracting(CarePlanView.Review::summary)
                .containsExactly("Viewing booked", "Moved in");
        assertThat(shown.history())
                .extracting(CarePlanView.StatusChange::status)
                .containsExactly(GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS, GoalStatus.ACHIEVED);
        assertThat(view.domains()).hasSize(11);
        assertThat(jdbc.sql("select count(*) from audit_access_log where subject_id = ? and action = 'VIEW'")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aGoalWithProblemsSavesNothingAndNamesEveryField() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = CarePlanFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(20));

        assertThatThrownBy(() -> fixtures.as(
                        worker,
                        () -> carePlans.addGoal(
                                episode, new NewGoal("GARDENING", " ", today.minusDays(1), null, null))))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        problems -> assertThat(problems.problems())
                                .extracting(DomainRuleViolation.FieldProblem::field)
                                .containsExactly("carePlanStartedOn", "domain", "text", "targetDate"));
        assertThatThrownBy(() -> fixtures.as(
                        worker,
                        () -> carePlans.addGoal(
                                episode,
                                new NewGoal("FOOD", "Regular meals", today.plusMonths(1), null, today.minusDays(30)))))
                .hasMessageContaining("cannot start before triage");
        assertThat(jdbc.sql("select count(*) from treatment_care_plan_goal where episode_id = ?")
                        .param(episode)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select care_plan_started_on from treatment_episode where id = ?")
                        .param(episode)
                        .query(LocalDate.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void aReviewNeedsADateASummaryAndTheNextReviewWhileTheGoalIsOpen() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = CarePlanFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(20));
        UUID goal = fixtures.as(
                worker,
                () -> carePlans.addGoal(
                        episode,
                        new NewGoal("MONEY_BENEFITS", "Claim PIP", today.plusMonths(2), null, today.minusDays(5))));

        assertThatThrownBy(() -> fixtures.as(worker, () -> {
                    carePlans.review(
                            episode, goal, new GoalReview(today.plusDays(1), "", GoalStatus.IN_PROGRESS, null, 0));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        problems -> assertThat(problems.problems())
                                .extracting(DomainRuleViolation.FieldProblem::message)
                                .containsExactly(
                                        "The date of the review must be today or in the past",
                                        "Enter a summary of the review",
                                        "Enter when the goal is next to be reviewed"));
        fixtures.as(worker, () -> {
            carePlans.voidGoal(episode, goal, "Added to the wrong client");
            return null;
        });
        assertThat(fixtures.as(worker, () -> carePlans.view(episode)).currentGoals())
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from treatment_goal_review where goal_id = ?")
                        .param(goal)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void thePageShowsGoalsAndFieldErrorsAndRefusesOutsiders() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = CarePlanFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(20));

        mvc.perform(post("/episodes/" + episode + "/care-plan/goals")
                        .with(Actors.as(worker))
                        .with(csrf())
                        .param("carePlanStartedOn", today.minusDays(2).toString())
                        .param("domain", "OFFENDING")
                        .param("text", "Complete the community order")
                        .param("targetDate", today.plusMonths(6).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/episodes/" + episode + "/care-plan"));
        mvc.perform(post("/episodes/" + episode + "/care-plan/goals")
                        .with(Actors.as(worker))
                        .with(csrf())
                        .param("domain", "OFFENDING")
                        .param("targetDate", "31-02-2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a real date")));
        mvc.perform(get("/episodes/" + episode + "/care-plan").with(Actors.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Complete the community order")));

        UUID goal = jdbc.sql("select id from treatment_care_plan_goal where episode_id = ?")
                .param(episode)
                .query(UUID.class)
                .single();
        mvc.perform(post("/episodes/" + episode + "/care-plan/goals/" + goal + "/void")
                        .with(Actors.as(worker))
                        .with(csrf())
                        .param("reason", "x".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("The reason must be 500 characters or fewer")));
        assertThat(fixtures.as(worker, () -> carePlans.view(episode)).currentGoals())
                .hasSize(1);

        CurrentUser outsider = CarePlanFixtures.worker(fixtures.organisation(OrganisationType.PARTNER_PROVIDER));
        mvc.perform(get("/episodes/" + episode + "/care-plan").with(Actors.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/episodes/" + episode + "/care-plan/goals")
                        .with(Actors.as(outsider))
                        .with(csrf())
                        .param("domain", "FOOD")
                        .param("text", "x")
                        .param("targetDate", today.plusDays(9).toString()))
                .andExpect(status().isForbidden());
    }
}
