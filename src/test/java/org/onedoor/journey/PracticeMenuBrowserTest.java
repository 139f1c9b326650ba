package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;

@IntegrationTest
class PracticeMenuBrowserTest extends BrowserTestSupport {

    @Test
    void practiceUserAddsAnOfferAndTheCommissionerSeesItInTheMatrix() {
        String practiceName = "Journey Surgery " + UUID.randomUUID().toString().substring(0, 6);
        UUID practice = organisation(OrganisationType.GP_PRACTICE, practiceName);
        String ods = directory.organisation(practice).odsCode();
        UUID council = organisation(OrganisationType.COUNCIL_COMMISSIONER, "Journey Council " + UUID.randomUUID());

        signIn(person(Role.PRACTICE_USER, practice));
        page.locator("nav[aria-label=Main]")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Our practice menu"))
                .click();
        assertThat(page.locator("h1").textContent()).contains(practiceName);
        assertAccessible();

        page.selectOption("#intervention", "EXTENDED_BRIEF_INTERVENTION");
        page.selectOption("#substanceGroup", "ALCOHOL");
        page.fill("#effectiveFrom-day", "1");
        page.fill("#effectiveFrom-month", "4");
        page.fill("#effectiveFrom-year", "2026");
        page.fill("#monthlyCapacity", "5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add offer"))
                .click();
        assertThat(page.locator(".govuk-notification-banner").textContent()).isNotBlank();
        assertThat(page.locator("main").textContent()).contains("Extended brief intervention");
        Browsers.screenshot(page, "practice-menu-after-adding-an-offer");
        assertAccessible();

        page.navigate("about:blank");
        context.clearCookies();
        signIn(person(Role.COMMISSIONER, council));
        page.navigate(
                url("/practice-menus?intervention=EXTENDED_BRIEF_INTERVENTION&substanceGroup=ALCOHOL&practice=" + ods));
        var row = page.locator("tr", new Page.LocatorOptions().setHasText(practiceName));
        assertThat(row.count()).isEqualTo(1);
        assertThat(row.textContent()).contains("5");
        Browsers.screenshot(page, "practice-menus-matrix-filtered");
        assertAccessible();
        page.navigate(url("/practice-menus"));
        Browsers.screenshot(page, "practice-menus-matrix");
        assertAccessible();
    }

    @Test
    void practiceUserCannotChangeAnotherPracticesMenu() {
        UUID own = organisation(OrganisationType.GP_PRACTICE, "Own Surgery " + UUID.randomUUID());
        UUID other = organisation(OrganisationType.GP_PRACTICE, "Other Surgery " + UUID.randomUUID());
        String otherOds = directory.organisation(other).odsCode();
        signIn(person(Role.PRACTICE_USER, own));

        page.navigate(url("/practices/" + otherOds + "/menu"));
        assertThat(page.locator("#add-offer").count())
                .as("no add-offer form on another practice's menu")
                .isZero();

        var response = page.request()
                .post(
                        url("/practices/" + otherOds + "/menu/offers"),
                        com.microsoft.playwright.options.RequestOptions.create()
                                .setForm(com.microsoft.playwright.options.FormData.create()
                                        .set("intervention", "BRIEF_ADVICE")
                                        .set("substanceGroup", "ALCOHOL")
                                        .set("fromDay", "1")
                                        .set("fromMonth", "4")
                                        .set("fromYear", "2026")
                                        .set(
                                                "_csrf",
                                                page.locator("meta[name=_csrf]").getAttribute("content"))));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("not your practice");
        page.navigate(url("/practices/" + otherOds + "/menu"));
        assertThat(page.locator("main").textContent()).doesNotContain("Brief advice for");
    }

    @Test
    void directoryPagesAreAccessible() {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Axe Provider " + UUID.randomUUID());
        signIn(person(Role.ADMINISTRATOR, provider));
        for (String path : new String[] {
            "/directory/organisations",
            "/directory/organisations/new",
            "/directory/staff",
            "/directory/staff/new",
            "/directory/partnership",
            "/admin/users",
            "/admin/users/new",
            "/directory/organisations/" + provider
        }) {
            page.navigate(url(path));
            assertThat(page.locator("h1").count()).as("one h1 on %s", path).isEqualTo(1);
            Browsers.screenshot(page, "admin" + path.replace('/', '-').replaceAll("-[0-9a-f-]{36}", "-detail"));
            assertAccessible();
        }
        page.navigate(url("/directory/organisations/new"));
        page.locator("button[type=submit]").last().click();
        assertThat(page.title()).startsWith("Error:");
        Browsers.screenshot(page, "admin-organisation-errors");
        assertAccessible();
    }
}
