package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A prescriber records a hepatitis C test in harm reduction, sees it beside the outcome trajectories (pulled from
 * harm reduction, never entered twice), and voids it with a reason after a first attempt without one; axe on every
 * page visited.
 */
@IntegrationTest
class BloodBorneVirusBrowserTest extends BrowserTestSupport {

    @Autowired
    ClientRegistry registry;

    @Autowired
    MutableClock clock;

    @Test
    void aTestRecordedInHarmReductionShowsBesideTheTrajectoriesAndIsVoidedWithAReason() {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "BBV Provider " + UUID.randomUUID());
        String username = person(Role.PRESCRIBER, provider);
        UUID client = currentUsers.actingAs(
                new CurrentUser(UUID.randomUUID(), username, "Prescriber", provider, Set.of(Role.PRESCRIBER)),
                () -> registry.register(NewClient.named(
                        "Jo",
                        "Viral" + UUID.randomUUID().toString().replaceAll("[^a-f]", ""),
                        LocalDate.of(1979, 8, 2),
                        Sex.FEMALE)));
        LocalDate today = LocalDate.now(clock);
        signIn(username);

        page.navigate(url("/clients/" + client + "/harm-reduction"));
        assertAccessible();
        page.getByText("Record a test or vaccination (sealed)").click();
        page.locator("input[name='virus'][value='HEP_C']").check();
        page.locator("input[name='kind'][value='TEST']").check();
        page.locator("[name='recordedOn.day']").fill(String.valueOf(today.getDayOfMonth()));
        page.locator("[name='recordedOn.month']").fill(String.valueOf(today.getMonthValue()));
        page.locator("[name='recordedOn.year']").fill(String.valueOf(today.getYear()));
        page.locator("input[name='status'][value='DONE']").check();
        page.locator("input[name='result'][value='NEGATIVE']").check();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Record").setExact(true))
                .click();
        assertThat(banner()).contains("Blood-borne virus entry recorded (sealed)");
        assertAccessible();

        page.navigate(url("/clients/" + client + "/outcomes/trajectory"));
        page.locator("#bbv-status").waitFor();
        assertThat(page.locator("#bbv").textContent())
                .contains("Test for hepatitis C")
                .contains("done, result negative");
        Browsers.screenshot(page, "outcome-trajectory-bbv");
        assertAccessible();

        page.navigate(url("/clients/" + client + "/harm-reduction"));
        page.getByText("Void this entry").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Void the entry"))
                .click();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter why the entry is being voided");
        Locator reason = page.locator("#voidReason");
        assertThat(reason.isVisible()).as("the reason is open at its error").isTrue();
        assertAccessible();
        reason.fill("Recorded for the wrong client");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Void the entry"))
                .click();
        assertThat(banner()).contains("Blood-borne virus entry voided");
        assertThat(page.locator("main").textContent()).doesNotContain("hepatitis C, done");
        assertAccessible();
    }

    private String banner() {
        return page.locator(".govuk-notification-banner--success").textContent();
    }
}
