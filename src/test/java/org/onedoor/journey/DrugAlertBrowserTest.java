package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: a recovery worker reports an unusual reaction, the clinical lead issues an alert from it, and another
 * worker acknowledges it from their home page on a phone; axe on every page, at 1280 and 390 px.
 */
@IntegrationTest
class DrugAlertBrowserTest extends BrowserTestSupport {

    private static final String WIDER_THAN_SCREEN = "Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
            + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8).join('; ')";

    @Autowired
    MutableClock clock;

    @Test
    void aReportBecomesAnAlertThatAnotherWorkerAcknowledgesFromTheHomePage() {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Alert Provider " + UUID.randomUUID());
        String worker = person(Role.RECOVERY_WORKER, provider);
        String lead = person(Role.CLINICAL_LEAD, provider);
        String colleague = person(Role.RECOVERY_WORKER, provider);
        String substance = "Pink cocaine " + UUID.randomUUID().toString().substring(0, 6);
        clock.reset();
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);

        signIn(worker);
        page.setViewportSize(1280, 900);
        page.locator("#drug-alerts a:has-text('Report an unusual drug effect')").click();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Send the report"))
                .click();
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Enter the substance", "Enter what happened", "Enter the date it happened");
        assertThat(page.title()).startsWith("Error:");
        assertAccessible();
        Browsers.screenshot(page, "drug-effect-report-errors");
        page.getByLabel("What substance").fill(substance);
        page.getByLabel("What happened").fill("Sudden agitation and overheating within minutes; taken to A&E.");
        page.getByLabel("Where (optional)").fill("Northvale town centre");
        page.getByLabel("Day").fill(String.valueOf(yesterday.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(yesterday.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(yesterday.getYear()));
        page.getByLabel("Severe: hospital care").check();
        Browsers.screenshot(page, "drug-effect-report");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Send the report"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success").textContent())
                .contains("your report has gone to the clinical leads");

        switchTo(lead);
        assertThat(navigationLinks()).contains("Drug alerts", "Substance trends");
        page.locator("nav[aria-label=Main] a:has-text('Drug alerts')").click();
        assertAccessible();
        Browsers.screenshot(page, "drug-effect-reports");
        page.locator("#reports a:has-text('" + substance + "')").click();
        assertThat(page.locator("#report").textContent()).contains("Anonymous", "Northvale town centre");
        assertAccessible();
        page.locator("#issue-alert").click();
        page.getByLabel("What staff need to know").fill("Ask clients about ‘pink’; call 999 for overheating.");
        page.getByLabel("Urgent").check();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Issue the alert"))
                .click();
        assertThat(page.locator("h1").textContent()).contains(substance);
        assertThat(page.locator("#no-acks").textContent()).contains("No one has acknowledged");
        assertAccessible();
        Browsers.screenshot(page, "drug-alert-issued");

        switchTo(colleague);
        page.setViewportSize(390, 844);
        Locator banner = page.locator("#drug-alerts .govuk-notification-banner")
                .filter(new Locator.FilterOptions().setHasText(substance));
        assertThat(banner.textContent()).contains("Drug alert · Urgent", "call 999");
        fitsThePhone("the home page with an alert");
        assertAccessible();
        Browsers.screenshot(page, "home-drug-alert-390");
        banner.locator("button").click();
        assertThat(page.locator(".govuk-notification-banner--success").textContent())
                .contains("Alert acknowledged");
        page.locator("#drug-alerts a:has-text('Report an unusual drug effect')").waitFor();
        assertThat(page.locator("#drug-alerts").textContent()).doesNotContain(substance);

        switchTo(lead);
        page.setViewportSize(390, 844);
        page.navigate(url("/monitoring/alerts"));
        page.locator("#alerts a:has-text('" + substance + "')").click();
        assertThat(page.locator("#acknowledgements").textContent()).contains("Test Recovery worker");
        fitsThePhone("who acknowledged the alert");
        assertAccessible();
        Browsers.screenshot(page, "drug-alert-acknowledged-390");
        page.locator("#withdraw").click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Yes, withdraw the alert"))
                .click();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter why you are withdrawing");
        assertAccessible();
        page.getByLabel("Why are you withdrawing it?").fill("The batch has been identified and seized.");
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Yes, withdraw the alert"))
                .click();
        assertThat(page.locator("#withdrawn").textContent()).contains("The batch has been identified");
    }

    private void switchTo(String username) {
        page.navigate("about:blank");
        context.clearCookies();
        page.setViewportSize(1280, 900);
        signIn(username);
    }

    private void fitsThePhone(String what) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("%s fits a 390 px screen; wider: %s", what, page.evaluate(WIDER_THAN_SCREEN))
                .isLessThanOrEqualTo(390);
    }
}
