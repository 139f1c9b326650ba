package org.onedoor.journey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.onedoor.client.ClientRegistry;
import org.onedoor.contract.runs.RecordedTreatment;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commissioner in a real browser: creates a contract like the worked example for the current financial year
 * (2026/27: the test clock stands in November 2026), runs October's payments, opens the explanation of an outcome
 * payment line, approves the statement and compares the contract with the legacy model in the what-if view.
 */
@IntegrationTest
class CommissionerPaymentsBrowserTest extends BrowserTestSupport {

    @Autowired ClientRegistry registry;
    @Autowired TreatmentImport treatment;

    @Test
    void commissionerCreatesAContractRunsAMonthApprovesItAndComparesModels() throws IOException {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2026-05-04", "2026-10-14", "80");
        recorded.client("2026-06-01", null, null);
        recorded.client("2026-09-15", null, null);
        String reference = ContractFixtures.uniqueReference();
        String commissioner = person(Role.COMMISSIONER, organisation(OrganisationType.COUNCIL_COMMISSIONER,
                "Northvale Council"));
        signIn(commissioner);

        page.navigate(url("/contracts"));
        assertAccessible();
        Path document = Files.createTempFile("contract", ".yaml");
        Files.writeString(document, currentYear(reference, recorded.practiceCode), StandardCharsets.UTF_8);
        page.getByLabel("Contract document").setInputFiles(document);
        button("Import").click();
        assertThat(banner()).contains("Contract " + reference + " imported");
        assertThat(page.locator("#term").textContent()).isEqualTo("3 years from 1 April 2026 to 31 March 2029, plus"
                + " an extension of 2 years (to 31 March 2031 if taken)");
        assertThat(page.locator("#break-clause").textContent()).isEqualTo("From 1 April 2028, with 6 months’ notice");
        assertAccessible();

        // Run October 2026: the completion discharged on 14 October earns the stage-1 outcome payment.
        page.getByLabel("Month").fill("2026-10");
        button("Run payments").click();
        assertThat(page.locator("h1").textContent()).contains("Payment statement for 2026-10");
        assertAccessible();
        Locator outcome = page.locator("#lines tbody tr").filter(new Locator.FilterOptions()
                .setHasText("Payment by outcomes"));
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.textContent()).contains("Stage 1, successful completion", "discharged 2026-10-14", "£180.00");
        outcome.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Explain")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Payment by outcomes: line 2 explained");
        assertThat(page.locator("#arithmetic").textContent()).isEqualTo("1 × £180 = £180.00");
        assertThat(page.locator("#description").textContent()).contains("discharged 2026-10-14, reason 80");
        assertThat(page.locator("#evidence dt").allTextContents()).containsExactly("Client key", "Episode key");
        assertAccessible();
        link("Back to the statement").click();
        String total = page.locator("#total").textContent().strip();

        // Approve, confirming first; the statement is then immutable and offers no approval.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve").setExact(true)).click();
        assertAccessible();
        button("Yes, approve the statement").click();
        assertThat(banner()).contains("approved");
        assertThat(page.locator("#statement-status").textContent()).contains("Approved");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve").setExact(true))
                .count()).isZero();

        // Compare with the legacy retainer and per-patient model over the same evidence.
        link("Back to the contract").click();
        link("What if: compare payment models").click();
        assertAccessible();
        Locator byYear = page.locator("#by-year");
        assertThat(byYear.locator("thead").textContent()).contains("Legacy");
        assertThat(byYear.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("2026/27")).count())
                .isEqualTo(1);
        assertThat(total).startsWith("£");
    }

    private static String currentYear(String reference, String practiceCode) {
        return ContractFixtures.example(reference, "ACTIVE", practiceCode).replace("2016-04-01", "2026-04-01")
                .replace("2018-04-01", "2028-04-01").replace("2016/17", "2026/27").replace("from: 2016-04",
                        "from: 2026-04");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String banner() {
        return page.locator(".govuk-notification-banner").textContent();
    }
}
