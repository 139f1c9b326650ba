package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;

/** Issue 19 item 11: a person changes their own password from the header, at a phone's width too. */
@IntegrationTest
class AccountBrowserTest extends BrowserTestSupport {

    @Test
    void aPersonChangesTheirOwnPasswordFromTheHeader() {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Account Lead Provider " + UUID.randomUUID());
        signIn(person(Role.RECOVERY_WORKER, provider));
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, 844);
            page.navigate(url("/"));
            page.locator("header a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Change password"))
                    .click();
            assertThat(page.locator("h1").textContent()).contains("Change your password");
            page.getByLabel("Current password").fill("not the password at all");
            page.getByLabel("New password", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                    .fill("a new passphrase here");
            page.getByLabel("Confirm new password").fill("a new passphrase here");
            page.locator("main button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("current password is not right");
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scroll at %d px", width)
                    .isLessThanOrEqualTo(width);
            Browsers.screenshot(page, "account-password-" + width);
            assertAccessible();
        }
        page.getByLabel("Current password").fill(PASSWORD);
        page.getByLabel("New password", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("a new passphrase here");
        page.getByLabel("Confirm new password").fill("a new passphrase here");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Your password has been changed");
    }
}
