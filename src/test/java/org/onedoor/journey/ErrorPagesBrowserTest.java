package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;

/** Issue 19 item 8: a person in a browser never gets raw JSON, whatever went wrong; the API keeps problem details. */
@IntegrationTest
class ErrorPagesBrowserTest extends BrowserTestSupport {

    @Test
    void anUnknownPageAWrongMethodAndABadIdEachGetTheServicesOwnPage() {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Errors Lead Provider " + UUID.randomUUID());
        signIn(person(Role.SPOC_WORKER, provider));

        Response unknown = page.navigate(url("/no-such-page"));
        assertServicePage(unknown, 404, "Page not found");
        Browsers.screenshot(page, "error-404");
        assertAccessible();

        Response wrongMethod = page.navigate(url("/referrals/" + UUID.randomUUID() + "/void"));
        assertServicePage(wrongMethod, 405, "That request could not be handled");
        assertThat(page.locator("main a.govuk-link").count()).isPositive();
        assertAccessible();

        Response badId = page.navigate(url("/clients/not-an-id"));
        assertServicePage(badId, 404, "Page not found");

        Response missingClient = page.navigate(url("/clients/" + UUID.randomUUID()));
        assertThat(missingClient.status()).isIn(403, 404);
        assertThat(missingClient.headers().get("content-type")).startsWith("text/html");
    }

    @Test
    void theApiStillAnswersWithProblemDetails() {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Errors Api Provider " + UUID.randomUUID());
        signIn(person(Role.RECOVERY_WORKER, provider));

        Response api = page.navigate(url("/api/v1/no-such-thing"));

        assertThat(api.status()).isEqualTo(404);
        assertThat(api.headers().get("content-type")).contains("json");
    }

    private void assertServicePage(Response response, int status, String heading) {
        assertThat(response.status()).as(response.url()).isEqualTo(status);
        assertThat(response.headers().get("content-type")).as(response.url()).startsWith("text/html");
        assertThat(page.locator("h1").textContent()).as(response.url()).contains(heading);
        assertThat(page.locator("header.onedoor-header").count())
                .as("the service's layout")
                .isPositive();
    }
}
