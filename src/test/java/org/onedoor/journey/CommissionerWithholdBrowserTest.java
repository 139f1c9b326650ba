package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.Contracts;
import org.onedoor.ndtms.ImportedBy;
import org.onedoor.ndtms.NdtmsImport;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 items 6 and 8 in a real browser: a commissioner adds a quality withhold released on C19c to the contract of
 * an agency that sends NDTMS files, is told at the field that an indicator id is unknown, saves, activates and runs
 * March 2017: the release line says what C19c measured for the agency and that it met the target. axe checks every
 * page; the statement is also read at 390 px.
 */
@IntegrationTest
class CommissionerWithholdBrowserTest extends BrowserTestSupport {

    @Autowired
    NdtmsImport ndtms;

    @Autowired
    Contracts contracts;

    @Test
    void commissionerReleasesTheWithholdOnAMeasuredIndicator() {
        String agency = "B" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
        loadFile(agency);
        String commissioner =
                person(Role.COMMISSIONER, organisation(OrganisationType.COUNCIL_COMMISSIONER, "Northvale Council"));
        CurrentUser importer = new CurrentUser(
                UUID.randomUUID(), "withhold-importer", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));
        String example = ContractFixtures.example(ContractFixtures.uniqueReference(), "DRAFT", "Y00000");
        UUID contract = currentUsers
                .actingAs(
                        importer,
                        () -> contracts.importDocument(
                                "withhold.yaml",
                                ContractFixtures.replace(
                                        example, "  practiceCodes: [Y00000]", "  agencyCodes: [" + agency + "]")))
                .id();
        signIn(commissioner);

        page.navigate(url("/contracts/" + contract));
        button("Edit the rules").click();
        page.getByLabel("Kind of rule to add").selectOption("QUALITY_WITHHOLD");
        button("Add a rule").click();
        Locator indicators = page.getByLabel("Indicators released on of rule 4");
        indicators.fill("C19x; 20; AT_LEAST; 100");
        page.getByLabel("Reason for the change").fill("Withhold released on alcohol completions");
        button("Save the rules").click();
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("There is a problem", "Unknown indicator C19x: name one of C19a, C19b, C19c");
        assertAccessible();
        Browsers.screenshot(page, "contract-withhold-indicator-error");
        page.getByLabel("Indicators released on of rule 4").fill("C19c; 20; AT_LEAST; 100");
        button("Save the rules").click();
        page.waitForURL(Pattern.compile(".*/contracts/[0-9a-f-]{36}$"));
        button("Activate").click();
        page.locator("#status", new Page.LocatorOptions().setHasText("Active")).waitFor();

        page.getByLabel("Month").fill("2017-03");
        button("Run payments").click();
        page.waitForURL(Pattern.compile(".*/statements/[0-9a-f-]{36}$"));
        Locator release = page.locator("#lines tbody tr").filter(new Locator.FilterOptions().setHasText("C19c"));
        assertThat(release.count()).isEqualTo(1);
        assertThat(release.textContent())
                .contains("25.0% (1 of 4, 2016-04..2017-03, provisional)", "target at least 20%: met", "released");
        assertAccessible();
        Browsers.screenshot(page, "contract-withhold-release");
        page.setViewportSize(390, 844);
        page.reload();
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the statement fits a 390 px screen")
                .isLessThanOrEqualTo(390);
        assertAccessible();
        Browsers.screenshot(page, "contract-withhold-release-390");
    }

    private void loadFile(String agency) {
        StringBuilder csv = new StringBuilder("AGNCY,CLIENTID,FINITIAL,SINITIAL,DOB,SEX,EPISODID,CONSENT,TRIAGED,DISD,"
                + "DISRSN,DRUG1,MODID,MODAL,REFMODDT,FAOMODDT,MODST,MODEND,MODEXIT\n");
        csv.append(row(agency, "C1", "B", "01/05/2016", "30/09/2016", "80"));
        csv.append(row(agency, "C2", "C", "01/06/2016", "", ""));
        csv.append(row(agency, "C3", "E", "01/07/2016", "", ""));
        csv.append(row(agency, "C4", "D", "10/04/2016", "", ""));
        ndtms.load(
                "browser.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                new ImportedBy("browser test"));
    }

    private static String row(
            String agency, String client, String surname, String triaged, String discharged, String reason) {
        String born = "0" + (1 + Math.abs(agency.hashCode() % 9)) + "/03/1968";
        return String.join(
                        ",",
                        agency,
                        client,
                        "A",
                        surname,
                        born,
                        "2",
                        "E" + client,
                        "Y",
                        triaged,
                        discharged,
                        reason,
                        "7000",
                        "M" + client,
                        "11",
                        triaged,
                        triaged,
                        triaged,
                        discharged,
                        discharged.isEmpty() ? "" : "A")
                + "\n";
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
