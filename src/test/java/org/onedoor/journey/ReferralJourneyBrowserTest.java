package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OfferTerms;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.shared.OdsCode;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReferralJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    PracticeMenu menu;

    @Test
    void selfReferralOnAPhoneIsTriagedRoutedToThePracticeAndAccepted() {
        String practiceName = "Journey Practice " + UUID.randomUUID().toString().substring(0, 6);
        UUID practice = organisation(OrganisationType.GP_PRACTICE, practiceName);
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Journey Lead " + UUID.randomUUID());
        String ods = directory.organisation(practice).odsCode();
        currentUsers.actingAs(
                new CurrentUser(UUID.randomUUID(), "set-up", "Set-up", provider, Set.of(Role.ADMINISTRATOR)),
                () -> menu.addOffer(
                        new OdsCode(ods),
                        new OfferTerms("EXTENDED_BRIEF_INTERVENTION", "ALCOHOL", LocalDate.of(2026, 1, 1), null, 4)));
        String family = "Walker-" + UUID.randomUUID().toString().substring(0, 5);

        var phone = Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(375, 740)
                        .setIsMobile(true)
                        .setHasTouch(true));
        Page mobile = phone.newPage();
        mobile.navigate(url("/self-referral"));
        assertAccessible(mobile);
        mobile.getByLabel("First name").fill("Robin");
        mobile.getByLabel("Last name").fill(family);
        mobile.fill("#dateOfBirth-day", "14");
        mobile.fill("#dateOfBirth-month", "6");
        mobile.fill("#dateOfBirth-year", "1979");
        mobile.check("#sex-MALE");
        mobile.getByLabel("Postcode").fill("NV2 3AB");
        mobile.selectOption("#gpPracticeId", practice.toString());
        mobile.getByLabel("NHS number (optional)").fill("943 476 5918");
        mobile.selectOption("#substance1", "ALCOHOL");
        mobile.getByLabel("Phone number").fill("01632 960555");
        mobile.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                .click();
        assertThat(mobile.locator("#nhsNumber-error").textContent()).contains("Enter a valid NHS number");
        assertThat(mobile.getByLabel("Last name").inputValue()).isEqualTo(family);
        Browsers.screenshot(mobile, "self-referral-phone-error");
        mobile.getByLabel("NHS number (optional)").fill("943 476 5919");
        mobile.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                .click();
        assertThat(mobile.locator("h1").textContent()).contains("We have your request for help");
        String reference = mobile.locator(".govuk-panel__body strong").textContent();
        Browsers.screenshot(mobile, "self-referral-phone-sent");
        phone.close();

        signIn(person(Role.SPOC_WORKER, provider));
        for (String path : new String[] {"/", "/referrals/new", "/referrals/enquiries/new", "/referrals/enquiries"}) {
            page.navigate(url(path));
            assertAccessible();
        }
        page.navigate(url("/referrals?q=" + reference));
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))
                .click();
        page.locator("#duplicates table, #duplicates .govuk-inset-text").first().waitFor();
        Browsers.screenshot(page, "referral-page");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Triage"))
                .click();
        page.selectOption("#audit1", "4");
        page.selectOption("#audit2", "2");
        page.selectOption("#audit3", "2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Score AUDIT-C"))
                .click();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("AUDIT-C score 8 of 12");
        for (String item : new String[] {"audit4", "audit5", "audit6", "audit7", "audit8"}) {
            page.selectOption("#" + item, "1");
        }
        page.selectOption("#audit9", "0");
        page.selectOption("#audit10", "2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Score AUDIT"))
                .click();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("AUDIT score 15 of 40");
        Browsers.screenshot(page, "triage-after-audit");
        assertAccessible();
        page.check("#outcome");
        assertThat(page.locator("#neededIntervention").inputValue()).isEqualTo("BRIEF_ADVICE");
        page.selectOption("#neededIntervention", "EXTENDED_BRIEF_INTERVENTION");
        page.fill("#reason", "Increasing risk; wants help from his own surgery");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save triage"))
                .click();
        assertThat(page.locator("#proposal-reason").textContent())
                .contains("The client's own practice, " + practiceName)
                .contains("4 of 4 places left this month");
        Browsers.screenshot(page, "routing-proposal");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allocate"))
                .click();
        assertThat(page.locator("main").textContent()).contains("Allocated to " + practiceName);

        page.navigate("about:blank");
        context.clearCookies();
        signIn(person(Role.PRACTICE_USER, practice));
        page.navigate(url("/inbox"));
        assertThat(page.locator("main").textContent()).contains(reference);
        Browsers.screenshot(page, "practice-inbox");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept referral " + reference))
                .click();
        page.waitForURL("**/acceptance");
        assertThat(page.locator("h1").textContent()).contains("Accept referral");
        assertAccessible();
        page.getByLabel("A new client: none of these is the same person").check();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Accept referral").setExact(true))
                .click();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Referral accepted");
        assertThat(page.locator("main").textContent()).doesNotContain(reference);
    }
}
