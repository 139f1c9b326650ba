package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.groupwork.GroupProgrammes;
import org.onedoor.treatment.groupwork.NewProgramme;
import org.onedoor.treatment.groupwork.NewSession;
import org.onedoor.treatment.web.EpisodeScreenFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A recovery worker's treatment journey in a real browser: open an episode from an accepted referral, add an
 * intervention delivered at a GP practice, book and record appointments (one attended, one not attended with a
 * reason), see them on "My caseload", record a group session's register, be stopped from discharging with an
 * intervention still open, end it and discharge as a successful completion.
 */
@IntegrationTest
class TreatmentJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    EpisodeScreenFixtures given;

    @Autowired
    GroupProgrammes programmes;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void recoveryWorkerTakesAClientFromReferralToASuccessfulDischarge() {
        UUID partner = given.organisation(OrganisationType.PARTNER_PROVIDER);
        UUID practice = given.organisation(OrganisationType.GP_PRACTICE);
        String practiceName = directory.organisation(practice).name();
        UUID referral = given.acceptedReferral(partner, EpisodeScreenFixtures.worker(partner));
        String programmeName = "Recovery skills " + UUID.randomUUID().toString().substring(0, 6);
        CurrentUser colleague = EpisodeScreenFixtures.worker(partner);
        UUID programme = given.as(
                colleague,
                () -> programmes.create(new NewProgramme(programmeName, "Weekly group", "PSYCHOSOCIAL", "PSY_CBT")));
        LocalDateTime now = LocalDateTime.now(clock);
        given.as(
                colleague,
                () -> programmes.schedule(programme, new NewSession(now.minusHours(3), 90, 12, practice, null, true)));
        String worker = person(Role.RECOVERY_WORKER, partner);
        signIn(worker);

        // Open the episode from the accepted referral: the keyworker defaults to the signed-in worker.
        page.navigate(url("/referrals/" + referral + "/episode"));
        assertAccessible();
        assertThat(page.getByLabel("Keyworker", new Page.GetByLabelOptions().setExact(true))
                        .inputValue())
                .isEqualTo(worker);
        button("Open the episode").click();
        assertThat(banner()).contains("Episode opened");
        assertThat(page.locator("#episode-status").textContent()).contains("Open");
        String episodeUrl = page.url();

        // An intervention delivered at the GP practice; a missing setting is named in the error summary first.
        link("Add an intervention").click();
        page.getByLabel("Psychosocial").check();
        page.getByLabel("Delivered by").selectOption(practice.toString());
        button("Add the intervention").click();
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary.textContent()).contains("There is a problem");
        assertThat(page.getByLabel("Psychosocial").isChecked()).isTrue();
        assertAccessible();
        page.getByLabel("Primary care (GP shared care)").check();
        fillDate("startedOn", now);
        button("Add the intervention").click();
        assertThat(banner()).contains("Intervention added");
        assertThat(page.locator("#interventions").textContent())
                .contains("Psychosocial")
                .contains(practiceName);
        Browsers.screenshot(page, "treatment-episode");
        assertAccessible();

        // Two appointments that started within the hour: one attended, one not attended with a reason.
        page.navigate(url(episodeUrl.substring(episodeUrl.indexOf("/episodes/")) + "/appointments"));
        assertAccessible();
        book(now.minusMinutes(50), practice);
        assertThat(banner()).contains("Appointment booked");
        book(now.minusMinutes(20), practice);
        Locator first = outcomeForm(now.minusMinutes(50));
        first.getByLabel("Attended").check();
        first.getByLabel("Contact note").fill("Talked about cutting down; set a goal");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record outcome"))
                .click();
        assertThat(banner()).contains("Outcome recorded: attended");
        Locator second = outcomeForm(now.minusMinutes(20));
        second.getByLabel("Did not attend").check();
        second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record outcome"))
                .click();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Choose why the client did not attend");
        assertAccessible();
        second = outcomeForm(now.minusMinutes(20));
        second.getByLabel("Reason for not attending").selectOption("TRAVEL");
        second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record outcome"))
                .click();
        assertThat(banner()).contains("Outcome recorded: did not attend");
        assertThat(page.locator("table").first().textContent())
                .contains("Attended")
                .contains("Did not attend")
                .contains("Travel or transport difficulty");
        Browsers.screenshot(page, "treatment-appointments");

        // My caseload shows the client with the missed appointment to follow up.
        page.navigate(url("/caseload"));
        assertAccessible();
        Locator row = page.locator("main table tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Appointments"))));
        assertThat(row.count()).isEqualTo(1);
        assertThat(row.textContent()).contains("1 to follow up").contains("Not started");
        Browsers.screenshot(page, "treatment-caseload");

        // The group register: enrol the client by reference, then mark them attended.
        String clientReference = row.locator(".govuk-hint").textContent().strip();
        page.navigate(url("/groups"));
        assertAccessible();
        link(programmeName).click();
        page.getByLabel("Enrol a client").fill(clientReference);
        button("Enrol").click();
        assertThat(banner()).contains("enrolled");
        page.locator("main table a").first().click();
        assertThat(page.locator("main p").first().textContent())
                .contains(practiceName)
                .doesNotContain("null");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(clientReference))
                .getByLabel("Attended", new Locator.GetByLabelOptions().setExact(true))
                .check();
        button("Save register").click();
        assertThat(banner()).contains("Attendance recorded for 1 client");
        assertAccessible();

        // Discharge is refused while the intervention is open; end it, then discharge as completed.
        page.navigate(episodeUrl);
        link("Discharge").click();
        assertThat(page.locator("#open-interventions").textContent()).contains("End every intervention");
        page.getByLabel("Treatment completed: alcohol-free").check();
        button("Discharge").click();
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("End every intervention before discharge: 1 is still open");
        assertAccessible();
        page.locator(".govuk-error-summary a").first().click();
        assertThat(page.evaluate("document.activeElement.name")).isEqualTo("reason");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("End Psychosocial at " + practiceName))
                .click();
        page.getByLabel("Mutually agreed planned exit").check();
        button("End the intervention").click();
        assertThat(banner()).contains("Intervention ended");
        link("Discharge").click();
        page.getByLabel("Treatment completed: alcohol-free").check();
        page.getByLabel("Destination (optional)").fill("Home");
        // keyboard only: the focused radio's form submits on Enter
        page.getByLabel("Destination (optional)").press("Enter");
        assertThat(banner()).contains("Episode discharged");
        assertThat(page.locator("#episode-status").textContent()).contains("Discharged: Successful completion");
        Browsers.screenshot(page, "treatment-discharged");
        assertAccessible();
    }

    private void book(LocalDateTime at, UUID venue) {
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true))
                .fill(at.toLocalDate().toString());
        page.getByLabel("Time", new Page.GetByLabelOptions().setExact(true))
                .fill(String.format("%02d:%02d", at.getHour(), at.getMinute()));
        page.getByLabel("Kind").selectOption("ONE_TO_ONE");
        page.getByLabel("Venue (optional)").selectOption(venue.toString());
        page.getByLabel("Intervention (optional)")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        button("Book appointment").click();
    }

    private Locator outcomeForm(LocalDateTime at) {
        String legend = "Outcome of "
                + at.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK));
        return page.locator("form").filter(new Locator.FilterOptions().setHas(page.getByText(legend)));
    }

    private void fillDate(String field, LocalDateTime on) {
        page.fill("#" + field, String.valueOf(on.getDayOfMonth()));
        page.fill("#" + field + "-month", String.valueOf(on.getMonthValue()));
        page.fill("#" + field + "-year", String.valueOf(on.getYear()));
    }

    private String banner() {
        return page.locator(".govuk-notification-banner").textContent();
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
