package org.onedoor.ndtms.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.ndtms.extract.ExtractPartnership.episode;
import static org.onedoor.ndtms.extract.ExtractPartnership.intervention;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ConsentDecision;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;

/** A data officer runs last month's extract, reads the report, follows to the download and sees it in the history. */
@IntegrationTest
class ExtractBrowserTest extends BrowserTestSupport {

    @Autowired
    ClientImport clientImport;

    @Autowired
    TreatmentImport treatmentImport;

    @Autowired
    MutableClock clock;

    @ParameterizedTest(name = "at {0} pixels wide")
    @ValueSource(ints = {1280, 390})
    void aDataOfficerRunsTheExtractReadsTheProblemsAndDownloadsTheFile(int width) throws Exception {
        page.setViewportSize(width, 900);
        ExtractPartnership p = new ExtractPartnership(directory, clientImport, treatmentImport, currentUsers);
        LocalDate start = LocalDate.now(clock).minusMonths(3);
        UUID ann = p.client("Ann", "Lee", "1980-02-03", Sex.FEMALE, ConsentDecision.GIVEN);
        p.treat(
                ann,
                episode(
                        p.lead,
                        start.toString(),
                        start.toString(),
                        start.plusDays(1).toString(),
                        List.of("ALCOHOL"),
                        null,
                        null,
                        intervention(
                                "PSYCHOSOCIAL",
                                p.lead,
                                start.toString(),
                                null,
                                start.plusDays(1).toString(),
                                null,
                                null)));
        UUID bea = p.client("Bea", "Lee", "1981-02-03", Sex.FEMALE, null);
        p.treat(bea, episode(p.lead, start.toString(), start.toString(), null, List.of("ALCOHOL"), null, null));
        String provider = directory.organisation(p.lead).name();
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        String monthLabel = month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
        signIn(person(Role.DATA_OFFICER, p.lead));

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("NDTMS extracts"))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Run an extract"))
                .click();
        assertAccessible();
        page.getByLabel("Agency (provider)")
                .selectOption(new SelectOption().setLabel(provider + " (" + p.leadCode + ")"));
        page.getByLabel("Month").selectOption(new SelectOption().setLabel(monthLabel));
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Check the records"))
                .click();

        assertThat(page.locator("h1").innerText()).isEqualTo("NDTMS extract for " + monthLabel);
        assertThat(page.locator("#records").innerText()).isEqualTo("1");
        assertThat(page.locator("#withheld").innerText()).isEqualTo("1");
        assertThat(page.locator("#problems").innerText()).contains("NDTMS-E007");
        assertThat(page.locator("#problems a[href$='/consents/new']").getAttribute("href"))
                .isEqualTo("/clients/" + bea + "/consents/new");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(width);
        assertAccessible();
        Browsers.screenshot(page, "ndtms-extract-report-" + width);

        Download download = page.waitForDownload(() -> page.locator("#download").click());
        assertThat(download.suggestedFilename())
                .isEqualTo("NDTMS_" + p.leadCode + "_" + month.toString().replace("-", "") + ".csv");
        List<String> lines = Files.readAllLines(download.path());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\"FINITIAL\",\"SINITIAL\",\"DOB\"");

        page.navigate(url("/ndtms/extracts"));
        assertThat(page.locator("table").innerText()).contains(p.leadCode).contains(monthLabel);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(width);
        assertAccessible();
        Browsers.screenshot(page, "ndtms-extract-history-" + width);
    }
}
