package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.contract.runs.RecordedTreatment;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commissioner in a real browser: creates a contract on screen like the worked example for the current financial year
 * (2026/27: the test clock stands in November 2026), runs October's payments, opens the explanation of an outcome
 * payment line, approves the statement and compares the contract with the legacy model in the what-if view.
 */
@IntegrationTest
class CommissionerPaymentsBrowserTest extends BrowserTestSupport {

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Test
    void commissionerCreatesAContractRunsAMonthApprovesItAndComparesModels() {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2026-05-04", "2026-10-14", "80");
        recorded.client("2026-06-01", null, null);
        recorded.client("2026-09-15", null, null);
        String reference = ContractFixtures.uniqueReference();
        String commissioner =
                person(Role.COMMISSIONER, organisation(OrganisationType.COUNCIL_COMMISSIONER, "Northvale Council"));
        signIn(commissioner);

        // Create the contract on screen, like the worked example, for 2026/27; the editor opens with its three rules.
        page.navigate(url("/contracts"));
        assertAccessible();
        button("Create a contract").click();
        page.getByLabel("Reference", new Page.GetByLabelOptions().setExact(true))
                .fill(reference);
        page.getByLabel("Contract name").fill("Primary-care substance misuse treatment 2026");
        page.getByLabel("Commissioners").fill("Northvale Council\nNorthvale ICB");
        page.getByLabel("Lead provider").fill("Northvale Recovery Partnership");
        date("Term starts", "1", "4", "2026");
        page.getByLabel("Years of the initial term").fill("3");
        page.getByLabel("Extensions in years (optional)").fill("2");
        date("Break clause: earliest break date (optional)", "1", "4", "2028");
        page.getByLabel("Break clause: notice in months").fill("6");
        page.getByLabel("GP practices counted (optional)").fill(recorded.practiceCode.toLowerCase() + ", X1");
        page.getByLabel("Source of funding line 1").fill("Council public health grant");
        page.getByLabel("Financial year of funding line 1").fill("2026/27");
        page.getByLabel("Amount of funding line 1").fill("ten thousand");
        button("Add another funding line").click();
        page.getByLabel("Source of funding line 2").fill("ICB contribution");
        page.getByLabel("Financial year of funding line 2").fill("2026/27");
        page.getByLabel("Amount of funding line 2").fill("116,525.00");
        assertThat(page.getByLabel("Core annual value of rule 1").inputValue()).isEqualTo("100,000.00");
        assertAccessible();
        Browsers.screenshot(page, "contract-new");
        button("Create the contract").click();
        Locator problems = page.locator(".govuk-error-summary");
        assertThat(problems.textContent()).contains("There is a problem");
        assertThat(page.getByLabel("Source of funding line 2").inputValue()).isEqualTo("ICB contribution");
        assertAccessible();
        assertThat(problems.textContent()).contains("\"X1\" is not a GP practice ODS code");
        page.getByLabel("GP practices counted (optional)").fill(recorded.practiceCode.toLowerCase());
        page.getByLabel("Amount of funding line 1").fill("£125,000.00");
        button("Create the contract").click();
        page.waitForURL(Pattern.compile(".*/contracts/[0-9a-f-]{36}$"));
        assertThat(banner()).contains("Contract " + reference + " created as a draft");
        assertThat(page.locator("#term").textContent())
                .isEqualTo("3 years from 1 April 2026 to 31 March 2029, plus"
                        + " an extension of 2 years (to 31 March 2031 if taken)");
        assertThat(page.locator("#break-clause").textContent()).isEqualTo("From 1 April 2028, with 6 months’ notice");
        assertThat(page.locator("#counted").textContent())
                .isEqualTo(
                        "An open intervention on any day of the month," + " at GP practices " + recorded.practiceCode);
        assertThat(page.locator("#funding").textContent())
                .contains("Council public health grant", "£125,000.00", "ICB contribution", "£116,525.00");
        assertAccessible();
        button("Activate").click();
        page.locator("#status", new Page.LocatorOptions().setHasText("Active")).waitFor();

        // Run October 2026: the completion discharged on 14 October earns the stage-1 outcome payment.
        page.getByLabel("Month").fill("2026-10");
        button("Run payments").click();
        page.waitForURL(Pattern.compile(".*/statements/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1").textContent()).contains("Payment statement for 2026-10");
        assertAccessible();
        Locator outcome =
                page.locator("#lines tbody tr").filter(new Locator.FilterOptions().setHasText("Payment by outcomes"));
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.textContent())
                .contains("Stage 1, successful completion", "discharged 2026-10-14", "£180.00");
        outcome.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Explain"))
                .click();
        page.waitForURL(Pattern.compile(".*/lines/\\d+$"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Payment by outcomes: line 2 explained");
        assertThat(page.locator("#arithmetic").textContent()).isEqualTo("1 × £180 = £180.00");
        assertThat(page.locator("#description").textContent()).contains("discharged 2026-10-14, reason 80");
        assertThat(page.locator("#evidence dt").allTextContents()).containsExactly("Client key", "Episode key");
        assertAccessible();
        Browsers.screenshot(page, "contract-line-explained");
        link("Back to the statement").click();
        String total = page.locator("#total").textContent().strip();
        Browsers.screenshot(page, "contract-statement");

        // Approve, confirming first; the statement is then immutable and offers no approval.
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Approve").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/approve$"));
        assertAccessible();
        button("Yes, approve the statement").click();
        page.waitForURL(Pattern.compile(".*/statements/[0-9a-f-]{36}$"));
        assertThat(banner()).contains("approved");
        assertThat(page.locator("#statement-status").textContent()).contains("Approved");
        assertThat(page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Approve").setExact(true))
                        .count())
                .isZero();

        // The budget counts the approved statement as paid.
        link("Back to the contract").click();
        link("Budget").click();
        page.waitForURL(Pattern.compile(".*/budget$"));
        assertThat(page.locator("h1").textContent()).contains("Budget 2026/27");
        assertThat(page.locator("#budget-paid").textContent().strip()).isEqualTo(total);
        assertAccessible();
        Browsers.screenshot(page, "contract-budget");

        // Compare with the legacy retainer and per-patient model over the same evidence: this contract's own
        // column pays October what the approved statement pays.
        link("Back to the contract").click();
        link("What if: compare payment models").click();
        page.waitForURL(Pattern.compile(".*/what-if$"));
        assertAccessible();
        Locator byMonth = page.locator("#by-month");
        List<String> models = byMonth.locator("thead th").allTextContents().stream()
                .map(String::strip)
                .toList();
        assertThat(models).contains("This contract", "Legacy: retainer + per patient per month");
        List<String> october = byMonth
                .locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText("2026-10"))
                .locator("th, td")
                .allTextContents()
                .stream()
                .map(String::strip)
                .toList();
        assertThat(october.get(models.indexOf("This contract"))).isEqualTo(total);
        assertThat(october.get(models.indexOf("Legacy: retainer + per patient per month")))
                .startsWith("£");
        assertThat(page.locator("#by-year-chart svg.onedoor-chart__image").getAttribute("role"))
                .isEqualTo("img");
        assertThat(page.locator("#by-year-chart-title").textContent()).isNotBlank();
        Browsers.screenshot(page, "contract-what-if");
    }

    private void date(String legend, String day, String month, String year) {
        Locator group = page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
        group.getByLabel("Day").fill(day);
        group.getByLabel("Month").fill(month);
        group.getByLabel("Year").fill(year);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String banner() {
        return page.locator(".govuk-notification-banner").textContent();
    }
}
