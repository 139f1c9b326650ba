package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;

/** A data officer uploads a provider's NDTMS file, reads its report on a phone, corrects it, loads it. */
@IntegrationTest
class NdtmsImportBrowserTest extends BrowserTestSupport {

    private static final String HEADER = "AGNCY,CLIENTID,FINITIAL,SINITIAL,DOB,SEX,EPISODID,CONSENT,TRIAGED,MODST\n";
    private static final String WIDER_THAN_SCREEN = "Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
            + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
            + ".slice(0, 8).join('; ')";

    private void upload(String name, String content) {
        page.navigate(url("/ndtms/imports"));
        page.getByLabel("Upload an activity file")
                .setInputFiles(new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
        page.locator("button:has-text('Check the file')").click();
    }

    private void fitsThePhone(String what) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("%s fits a 390 px screen; wider: %s", what, page.evaluate(WIDER_THAN_SCREEN))
                .isLessThanOrEqualTo(390);
    }

    @Test
    void uploadReadTheReportCorrectAndLoadThenSeeTheHistory() {
        UUID council = organisation(OrganisationType.COUNCIL_COMMISSIONER, "Import Council " + UUID.randomUUID());
        signIn(person(Role.DATA_OFFICER, council));
        page.setViewportSize(390, 844);
        String agency = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String good = agency + ",C1,A,B,01/01/1980,1,E1,Y,01/04/2016,02/04/2016\n";
        String bad = agency + ",C2,A,B,31/02/1980,1,E2,Y,01/04/2016,02/04/2016\n";

        upload("provider-april-with-a-very-long-name-that-must-wrap-on-a-phone.csv", HEADER + good + bad);
        assertThat(page.locator("h1").textContent()).contains("Validation report");
        assertThat(page.locator("#error-count").textContent()).isEqualTo("1");
        assertThat(page.locator("#problems").textContent()).contains("'31/02/1980' is not a date", "DOB", "3");
        assertThat(page.locator("#confirm").count()).isZero();
        fitsThePhone("the validation report");
        Browsers.screenshot(page, "ndtms-report-390");
        assertAccessible();

        upload("provider-april.csv", HEADER + good + bad.replace("31/02/1980", "28/02/1980"));
        assertThat(page.locator("#no-problems").textContent()).contains("No problems found");
        page.locator("#confirm").click();

        assertThat(page.locator(".govuk-notification-banner").textContent())
                .contains("File loaded: 2 rows for " + agency);
        assertThat(page.locator("#imports").textContent()).contains("provider-april.csv", agency, "In force");
        fitsThePhone("the import history");
        Browsers.screenshot(page, "ndtms-history-390");
        assertAccessible();
    }
}
