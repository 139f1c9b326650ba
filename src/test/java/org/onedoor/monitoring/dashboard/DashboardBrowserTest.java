package org.onedoor.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18's browser journeys for the dashboards: a commissioner filters to one practice, sees its small numbers as
 * "&lt;5" and downloads the table as CSV; the practice's own user sees only their practice. Every page passes axe and
 * fits 1280 and 390 px with no horizontal scroll.
 */
@IntegrationTest
class DashboardBrowserTest extends BrowserTestSupport {

    private static final String WIDER_THAN_SCREEN = "Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
            + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8).join('; ')";

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Test
    void aCommissionerFiltersToOnePracticeSeesSuppressedNumbersAndDownloadsTheCsv() throws Exception {
        TreatedPeople people = new TreatedPeople(directory, registry, treatment, currentUsers);
        UUID practice = people.organisation(OrganisationType.GP_PRACTICE, "Browser Surgery");
        people.inTreatment(practice, 3, "HEROIN", LocalDate.of(2026, 5, 4));
        String practiceName = directory.organisation(practice).name();
        signIn(person(Role.COMMISSIONER, organisation(OrganisationType.COUNCIL_COMMISSIONER, "Dash Council")));

        page.navigate(url("/monitoring?practice=" + UUID.randomUUID()));
        assertThat(page.locator(".govuk-error-summary").innerText()).contains("Choose a GP practice from the list");
        assertAccessible();

        page.getByLabel("GP practice").selectOption(new SelectOption().setLabel(practiceName));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures"))
                .click();
        page.waitForURL(java.util.regex.Pattern.compile(".*practice=" + practice + ".*"));

        assertThat(page.locator("h2.govuk-heading-l").innerText()).isEqualTo(practiceName);
        assertThat(page.locator("#figures-table").innerText()).contains("<5");
        assertThat(page.locator("#trend-chart title").first().textContent()).contains("<5");
        looksRightAtBothWidths("monitoring-dashboard-commissioner");

        Download csv =
                page.waitForDownload(() -> page.locator("#figures-table a", new Page.LocatorOptions().setHasText("CSV"))
                        .click());
        assertThat(csv.suggestedFilename()).startsWith("onedoor-figures-").endsWith(".csv");
        String downloaded = Files.readString(csv.path());
        assertThat(downloaded)
                .contains("Numbers in treatment (rolling 12 months),All,<5,")
                .doesNotContain(",All,3,");

        page.setViewportSize(1280, 900);
        page.getByText("Treatment before and after each change of payment rules")
                .click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Treatment around payment rule changes");
        looksRightAtBothWidths("monitoring-rule-changes");
    }

    @Test
    void aPracticeUserSeesOnlyTheirOwnPractice() {
        TreatedPeople people = new TreatedPeople(directory, registry, treatment, currentUsers);
        UUID practice = people.organisation(OrganisationType.GP_PRACTICE, "Own Surgery");
        UUID other = people.organisation(OrganisationType.GP_PRACTICE, "Next Door Surgery");
        people.inTreatment(practice, 2, "ALCOHOL", LocalDate.of(2026, 6, 1));
        people.inTreatment(other, 7, "ALCOHOL", LocalDate.of(2026, 6, 1));
        signIn(person(Role.PRACTICE_USER, practice));

        assertThat(navigationLinks()).contains("Monitoring");
        page.navigate(url("/monitoring"));

        assertThat(page.locator("h2.govuk-heading-l").innerText())
                .isEqualTo(directory.organisation(practice).name());
        assertThat(page.locator("#practice").count()).isZero();
        assertThat(page.locator("#figures-table").innerText())
                .contains("Numbers in treatment (rolling 12 months)\tAll\t2");
        looksRightAtBothWidths("monitoring-dashboard-practice-user");

        page.navigate(url("/monitoring?practice=" + other));
        assertThat(page.locator("main").innerText()).contains("You can see only your own organisation's figures");
        assertThat(page.content()).doesNotContain("Next Door Surgery");
    }

    private void looksRightAtBothWidths(String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, 900);
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as("the dashboard fits %d px; wider: %s", width, page.evaluate(WIDER_THAN_SCREEN))
                    .isLessThanOrEqualTo(width);
            assertAccessible();
            Browsers.screenshot(page, name + "-" + width);
        }
    }
}
