package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.instrument.AnswerCheckTest;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.NewEpisodeBuilder;
import org.onedoor.treatment.EpisodeManagement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16's outcome journeys in a browser, with axe on every page visited: a start TOP with an impossible answer
 * first, then its 6-month review and the trajectory; and a PHQ-9 answering item 9 (thoughts of self-harm), whose risk
 * alert must be seen on the client's record and on the keyworker's caseload at once (hazard H08).
 */
@IntegrationTest
class OutcomeJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    ClientRegistry registry;

    @Autowired
    EpisodeManagement episodes;

    @Autowired
    MutableClock clock;

    /** The elements that reach past the screen's right edge, named by tag, id and class, for a failure message. */
    private static final String WIDER_THAN_SCREEN = "Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
            + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
            + ".slice(0, 8).join('; ')";

    @Test
    void aWorkerCompletesAStartTopAfterAnImpossibleWeekThenTheSixMonthReviewAndSeesTheTrajectory() {
        Keyworker worker = keyworkerWithAClient("Toppings");
        LocalDate today = LocalDate.now(clock);
        signIn(worker.username());

        page.navigate(url("/clients/" + worker.client() + "/outcomes/new/top"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Treatment Outcomes Profile (TOP)");
        assertAccessible();
        Map<String, String> start = AnswerCheckTest.top();
        start.put("opiates.week1", "4");
        start.put("opiates.week2", "8");
        fill("START", today.minusWeeks(26), start);
        save();

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Illicit opiates, week 2: must be from 0 to 7 days, not 8");
        assertThat(page.locator(".govuk-form-group--error").first().textContent())
                .contains("Illicit opiates");
        assertThat(page.locator("[name='opiates.week2']").inputValue()).isEqualTo("8");
        assertThat(page.locator("[name='opiates.week1']").inputValue()).isEqualTo("4");
        assertThat(page.locator("[name='doneOn.year']").inputValue())
                .isEqualTo(String.valueOf(today.minusWeeks(26).getYear()));
        Browsers.screenshot(page, "outcome-top-errors");
        assertAccessible();

        page.locator("[name='opiates.week2']").fill("4");
        save();
        assertThat(page.locator(".govuk-notification-banner--success").textContent())
                .contains("TOP recorded.");
        assertThat(page.locator("#outcome-scores").textContent()).contains("Opiates: days used");
        assertAccessible();

        page.navigate(url("/clients/" + worker.client() + "/outcomes/new/top"));
        Map<String, String> review = AnswerCheckTest.top();
        review.put("opiates.week4", "1");
        fill("REVIEW", today, review);
        save();
        assertThat(page.locator(".govuk-notification-banner--success").textContent())
                .contains("TOP recorded.");
        Browsers.screenshot(page, "outcome-top-review");
        assertAccessible();

        page.navigate(url("/clients/" + worker.client() + "/outcomes/trajectory"));
        Locator opiates = page.locator(".onedoor-chart")
                .filter(new Locator.FilterOptions().setHasText("Opiates: days used: figures"));
        assertThat(opiates.locator("svg.onedoor-chart__svg").count()).isEqualTo(1);
        assertThat(opiates.locator("table").textContent())
                .contains("Start")
                .contains("Review")
                .contains("8")
                .contains("1");
        page.locator("#bbv-status").waitFor();
        assertThat(page.locator("#bbv").textContent()).contains("No blood-borne virus tests or vaccinations recorded");
        Browsers.screenshot(page, "outcome-trajectory");
        assertAccessible();

        // The team's cohort outcomes now hold this start and review, and read on a phone.
        String manager = person(Role.TEAM_MANAGER, worker.provider());
        context.clearCookies();
        signIn(manager);
        page.setViewportSize(390, 844);
        page.navigate(url("/outcomes/cohorts"));
        assertThat(page.locator("table").first().textContent()).contains("Abstinent from the main problem substance");
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the cohort outcomes fit a 390 px screen; wider: %s", page.evaluate(WIDER_THAN_SCREEN))
                .isLessThanOrEqualTo(390);
        Browsers.screenshot(page, "cohort-outcomes-390");
        assertAccessible();
    }

    @Test
    void aPhq9WithItem9AnsweredRaisesTheRiskAlertOnTheRecordAndOnTheKeyworkersCaseload() {
        Keyworker worker = keyworkerWithAClient("Ninely");
        signIn(worker.username());

        page.navigate(url("/caseload"));
        Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText(worker.familyName()));
        assertThat(row.textContent()).doesNotContain("Risk: PHQ-9 item 9");
        assertAccessible();

        page.navigate(url("/clients/" + worker.client() + "/outcomes/new/phq9"));
        page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true)).check();
        int[] answers = {1, 1, 1, 1, 1, 1, 1, 0, 2};
        for (int item = 1; item <= 9; item++) {
            page.locator("input[name='item" + item + "'][value='" + answers[item - 1] + "']")
                    .check();
        }
        assertAccessible();
        save();
        assertThat(page.locator(".govuk-notification-banner--success").textContent())
                .contains("A risk alert has been raised");
        assertThat(page.locator("#outcome-risk").textContent()).contains("raised a risk alert");
        assertAccessible();

        page.navigate(url("/clients/" + worker.client()));
        assertThat(page.locator("#alerts").textContent()).contains("Risk to self: PHQ-9 item 9");
        Browsers.screenshot(page, "outcome-risk-alert-record");
        assertAccessible();

        page.navigate(url("/caseload"));
        row = page.locator("tr").filter(new Locator.FilterOptions().setHasText(worker.familyName()));
        assertThat(row.locator(".onedoor-outcome-risk").textContent()).contains("Risk: PHQ-9 item 9");
        assertThat(page.locator("tbody tr").first().textContent()).contains(worker.familyName());
        Browsers.screenshot(page, "outcome-risk-caseload");
        assertAccessible();

        page.setViewportSize(390, 844);
        page.navigate(url("/caseload"));
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the caseload fits a 390 px screen")
                .isLessThanOrEqualTo(390);
        Browsers.screenshot(page, "outcome-risk-caseload-390");
        assertAccessible();

        // The team manager sees the risk on the keyworker's caseload too, for when the keyworker is away.
        String manager = person(Role.TEAM_MANAGER, worker.provider());
        page.setViewportSize(1280, 800);
        context.clearCookies();
        signIn(manager);
        page.navigate(url("/caseloads"));
        Locator keyworker = page.locator("tr").filter(new Locator.FilterOptions().setHasText(worker.username()));
        assertThat(keyworker.locator(".onedoor-outcome-risk").textContent()).isEqualTo("1");
        Browsers.screenshot(page, "team-caseloads-risk");
        assertAccessible();

        // On a phone each keyworker's row is a card, each figure named, so nothing scrolls sideways.
        page.setViewportSize(390, 844);
        page.navigate(url("/caseloads"));
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the team caseloads fit a 390 px screen; wider: %s", page.evaluate(WIDER_THAN_SCREEN))
                .isLessThanOrEqualTo(390);
        assertThat(page.locator("table").first().boundingBox().width)
                .as("the table itself, not only the page: it scrolled sideways in its region")
                .isLessThanOrEqualTo(390);
        assertThat(keyworker.locator("[data-label='Risk: PHQ-9 item 9']").isVisible())
                .isTrue();
        Browsers.screenshot(page, "team-caseloads-390");
        assertAccessible();
    }

    @Test
    void aGoalFromAHolisticAssessmentGoesToTheCarePlanWithOnePress() {
        Keyworker worker = keyworkerWithAClient("Goalie");
        signIn(worker.username());

        page.navigate(url("/clients/" + worker.client() + "/outcomes/new/holistic"));
        assertAccessible();
        page.locator("input[name='stage'][value='START']").check();
        LocalDate today = LocalDate.now(clock);
        page.locator("[name='doneOn.day']").fill(String.valueOf(today.getDayOfMonth()));
        page.locator("[name='doneOn.month']").fill(String.valueOf(today.getMonthValue()));
        page.locator("[name='doneOn.year']").fill(String.valueOf(today.getYear()));
        for (String area : java.util.List.of(
                "housing",
                "money",
                "transport",
                "food",
                "social",
                "work",
                "family",
                "physical",
                "mental",
                "substances")) {
            page.locator("[name='" + area + "_rating']").fill("5");
        }
        page.locator("[name='housing_strengths']").fill("A settled tenancy and a good landlord");
        page.locator("[name='housing_goal']").fill("Keep up the rent payments every month");
        page.locator("[name='social_goal']").fill("Go to the Thursday walking group");
        save();
        assertThat(page.locator(".govuk-notification-banner--success").textContent())
                .contains("recorded.");
        assertThat(page.locator("#outcome-goals").textContent())
                .contains("Keep up the rent payments every month")
                .contains("Go to the Thursday walking group");
        Browsers.screenshot(page, "outcome-holistic-goals");
        assertAccessible();

        page.locator("#outcome-goals .govuk-summary-list__row")
                .filter(new Locator.FilterOptions().setHasText("Go to the Thursday walking group"))
                .getByRole(AriaRole.BUTTON)
                .click();
        assertThat(page.locator(".govuk-notification-banner--success").textContent())
                .contains("Goal from the holistic assessment added to the care plan");
        assertThat(page.locator("main").textContent())
                .contains("Social network and isolation")
                .contains("Go to the Thursday walking group");
        assertAccessible();
    }

    /** A recovery worker's account, and a client of theirs in an open episode whose care plan started 27 weeks ago. */
    private Keyworker keyworkerWithAClient(String prefix) {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Journey Provider " + UUID.randomUUID());
        String username = person(Role.RECOVERY_WORKER, provider);
        String family = prefix + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        CurrentUser worker = new CurrentUser(
                UUID.randomUUID(), username, "Test Recovery worker", provider, Set.of(Role.RECOVERY_WORKER));
        LocalDate today = LocalDate.now(clock);
        UUID client = currentUsers.actingAs(
                worker, () -> registry.register(NewClient.named("Sam", family, LocalDate.of(1985, 3, 9), Sex.MALE)));
        currentUsers.actingAs(
                worker,
                () -> episodes.open(NewEpisodeBuilder.anEpisodeFor(client)
                        .provider(provider)
                        .referredOn(today.minusWeeks(28))
                        .triagedOn(today.minusWeeks(27))
                        .carePlanStartedOn(today.minusWeeks(27))
                        .substances("HEROIN")
                        .keyworker(username, "Test Recovery worker")
                        .lateReason("Entered from paper notes for the journey")
                        .build()));
        return new Keyworker(username, client, family, provider);
    }

    record Keyworker(String username, UUID client, String familyName, UUID provider) {}

    private void fill(String stage, LocalDate doneOn, Map<String, String> answers) {
        page.locator("input[name='stage'][value='" + stage + "']").check();
        page.locator("[name='doneOn.day']").fill(String.valueOf(doneOn.getDayOfMonth()));
        page.locator("[name='doneOn.month']").fill(String.valueOf(doneOn.getMonthValue()));
        page.locator("[name='doneOn.year']").fill(String.valueOf(doneOn.getYear()));
        answers.forEach((name, value) -> {
            Locator radios = page.locator("input[type='radio'][name='" + name + "']");
            if (radios.count() > 0) {
                page.locator("input[type='radio'][name='" + name + "'][value='" + value + "']")
                        .check();
            } else {
                page.locator("[name='" + name + "']").fill(value);
            }
        });
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and score"))
                .click();
    }
}
