package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientTimeline;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ClientRecordBrowserTest extends BrowserTestSupport {

    @Autowired
    ClientTimeline timeline;

    @Test
    void aWorkerRegistersAClientPagesTheTimelineAndAnOutsiderBreaksGlass() {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Record Lead Provider " + UUID.randomUUID());
        organisation(OrganisationType.GP_PRACTICE, "Record Surgery " + UUID.randomUUID());
        UUID partner = organisation(OrganisationType.PARTNER_PROVIDER, "Record Partner " + UUID.randomUUID());
        String family = "Browserton" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        signIn(person(Role.RECOVERY_WORKER, provider));

        page.navigate(url("/clients"));
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a client"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register client"))
                .click();
        assertThat(page.title()).startsWith("Error:");
        Browsers.screenshot(page, "client-register-errors");
        assertAccessible();

        page.getByLabel("Legal first name").fill("Jordan");
        page.getByLabel("Legal last name").fill(family);
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("2");
        page.getByLabel("Year").fill("1990");
        page.getByLabel("Male", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register client"))
                .click();
        assertThat(page.locator("#dateOfBirth-error").textContent()).contains("real date");
        assertThat(page.getByLabel("Legal last name").inputValue()).isEqualTo(family);
        page.getByLabel("Day").fill("28");
        page.getByLabel("Text messages").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register client"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success").textContent())
                .contains("registered");
        String recordUrl = page.url();
        UUID id = UUID.fromString(recordUrl.substring(recordUrl.lastIndexOf('/') + 1));

        for (int day = 1; day <= 12; day++) {
            timeline.add(id, LocalDate.of(2026, 10, day), "CONTACT", "Contact number " + day, null, null, null, null);
        }
        page.reload();
        assertThat(page.locator("#timeline").textContent()).contains("Contact number 12");
        Browsers.screenshot(page, "client-record");
        assertAccessible();
        page.locator("#timeline")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Next page"))
                .click();
        page.locator("#timeline")
                .getByText("Contact number 1", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .waitFor();
        assertThat(page.url()).isEqualTo(recordUrl);

        page.navigate("about:blank");
        context.clearCookies();
        signIn(person(Role.PRESCRIBER, partner));
        page.navigate(recordUrl);
        assertThat(page.locator("h1").textContent()).isEqualTo("You cannot open this record");
        assertThat(page.content()).doesNotContain(family);
        Browsers.screenshot(page, "client-refused");
        assertAccessible();
        page.getByLabel("Why do you need this record now?").fill("Seen in A&E after an overdose tonight");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record"))
                .click();
        assertThat(page.locator("#break-glass-banner").textContent()).contains("Break-glass access until");
        Browsers.screenshot(page, "client-record-break-glass");
        assertAccessible();
    }
}
