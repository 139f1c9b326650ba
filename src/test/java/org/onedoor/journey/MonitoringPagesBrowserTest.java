package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;

/**
 * The substance-trends and waiting-times pages (issue 18 items 4 and 7) for a commissioner and a team manager: axe,
 * 1280 and 390 px with no sideways scroll, and a period in the future refused with a message.
 */
@IntegrationTest
class MonitoringPagesBrowserTest extends BrowserTestSupport {

    private static final String WIDER_THAN_SCREEN = "Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
            + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8).join('; ')";

    @Test
    void commissionerAndManagerReadTrendsAndWaitingTimesOnAnyScreen() {
        UUID council = organisation(OrganisationType.COUNCIL_COMMISSIONER, "Trends Council " + UUID.randomUUID());
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Trends Provider " + UUID.randomUUID());

        signIn(person(Role.COMMISSIONER, council));
        assertThat(navigationLinks()).contains("Substance trends", "Waiting times");
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, 900);
            page.navigate(url("/monitoring/trends"));
            assertThat(page.locator("h1").textContent()).startsWith("Substances named in");
            assertThat(page.locator("#suppressed").count()).isEqualTo(1);
            check("trends-commissioner-" + width, width);
            page.navigate(url("/monitoring/waiting-times?by=PRACTICE"));
            assertThat(page.locator("#suppressed").count()).isEqualTo(1);
            check("waiting-times-commissioner-" + width, width);
        }
        page.navigate(url("/monitoring/trends?month=2999-01"));
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("this month or earlier");
        assertThat(page.title()).startsWith("Error:");
        assertAccessible();

        page.navigate("about:blank");
        context.clearCookies();
        page.setViewportSize(1280, 900);
        signIn(person(Role.TEAM_MANAGER, provider));
        page.navigate(url("/monitoring/waiting-times"));
        assertThat(page.locator("#suppressed").count()).isZero();
        check("waiting-times-manager-1280", 1280);
        if (page.locator("#waits td a").count() > 0) {
            page.locator("#waits td a").first().click();
            assertThat(page.locator("h1").textContent()).startsWith("Referrals waiting:");
            page.setViewportSize(390, 844);
            check("waiting-times-referrals-390", 390);
        }
    }

    private void check(String name, int width) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("%s fits %d px; wider: %s", name, width, page.evaluate(WIDER_THAN_SCREEN))
                .isLessThanOrEqualTo(width);
        assertAccessible();
        Browsers.screenshot(page, name);
    }
}
