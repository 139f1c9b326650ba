package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.assessment.OutcomeFixtures.phq9;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.Contracts;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 item 4 in a real browser: a commissioner adds an outcome-measure payment (reliable improvement on PHQ-9)
 * to a draft contract, fixing a mistyped amount at its field, activates the contract, runs October 2016, where a
 * client of the counted GP practice had a 6-month review showing reliable improvement, and opens the line's
 * explanation. axe checks every page.
 */
@IntegrationTest
class CommissionerOutcomeMeasureBrowserTest extends BrowserTestSupport {

    private final CurrentUser admin = new CurrentUser(
            UUID.randomUUID(), "measure-browser-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    ClientRegistry registry;

    @Autowired
    OutcomeRecording recording;

    @Autowired
    Contracts contracts;

    @Test
    void commissionerAddsAnOutcomeMeasurePaymentAndSeesItsLineExplained() {
        String practiceCode = randomOds();
        CurrentUser worker = practiceWorker(practiceCode);
        UUID client = currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named("Alex", "Measured", LocalDate.of(1984, 5, 6), Sex.FEMALE)));
        UUID episode = UUID.randomUUID();
        currentUsers.actingAs(worker, () -> {
            recording.record(
                    client,
                    new NewOutcome("phq9", null, "START", LocalDate.of(2016, 4, 11), episode, phq9(16, 0), false));
            return recording.record(
                    client,
                    new NewOutcome("phq9", null, "REVIEW", LocalDate.of(2016, 10, 10), episode, phq9(6, 0), false));
        });
        String commissioner =
                person(Role.COMMISSIONER, organisation(OrganisationType.COUNCIL_COMMISSIONER, "Northvale Council"));
        CurrentUser importer = new CurrentUser(
                UUID.randomUUID(), "measure-importer", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));
        UUID contract = currentUsers
                .actingAs(
                        importer,
                        () -> contracts.importDocument(
                                "measure.yaml",
                                ContractFixtures.example(ContractFixtures.uniqueReference(), "DRAFT", practiceCode)))
                .id();
        signIn(commissioner);

        // Add the rule on the contract editor; a mistyped amount is named at its field and the rest is kept.
        page.navigate(url("/contracts/" + contract));
        assertAccessible();
        button("Edit the rules").click();
        page.getByLabel("Kind of rule to add").selectOption("OUTCOME_MEASURE");
        button("Add a rule").click();
        page.getByLabel("Name of rule 4").fill("PHQ-9 improvement");
        page.getByLabel("Outcome measure of rule 4").selectOption("PHQ9_RELIABLE_IMPROVEMENT");
        page.getByLabel("Amount a client of rule 4").fill("fifty");
        page.getByLabel("Reason for the change").fill("Outcome payment for reliable improvement on PHQ-9");
        assertAccessible();
        button("Save the rules").click();
        Locator problems = page.locator(".govuk-error-summary");
        assertThat(problems.textContent()).contains("There is a problem", "PHQ-9 improvement: The amount a client");
        assertThat(page.locator("#rules-3-amountPerClient-error").textContent()).contains("The amount a client");
        assertThat(page.getByLabel("Name of rule 4").inputValue()).isEqualTo("PHQ-9 improvement");
        assertAccessible();
        Browsers.screenshot(page, "contract-outcome-measure-rule");
        page.getByLabel("Amount a client of rule 4").fill("50.00");
        button("Save the rules").click();
        page.waitForURL(Pattern.compile(".*/contracts/[0-9a-f-]{36}$"));
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Rules saved as version 2");
        button("Activate").click();
        page.locator("#status", new Page.LocatorOptions().setHasText("Active")).waitFor();

        // Run October 2016: the 6-month review of 10 October shows reliable improvement (16 to 6).
        page.getByLabel("Month").fill("2016-10");
        button("Run payments").click();
        page.waitForURL(Pattern.compile(".*/statements/[0-9a-f-]{36}$"));
        assertAccessible();
        Locator line =
                page.locator("#lines tbody tr").filter(new Locator.FilterOptions().setHasText("PHQ-9 improvement"));
        assertThat(line.count()).isEqualTo(1);
        assertThat(line.textContent()).contains("reliable improvement on PHQ-9", "2016-10-10", "£50.00");
        line.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Explain"))
                .click();
        page.waitForURL(Pattern.compile(".*/lines/\\d+$"));
        assertThat(page.locator("h1").textContent())
                .startsWith("PHQ-9 improvement: line")
                .endsWith("explained");
        assertThat(page.locator("#arithmetic").textContent()).isEqualTo("1 × £50 = £50.00");
        assertThat(page.locator("#explanation").textContent())
                .contains("Outcome-measure payment: reliable improvement on PHQ-9 at the 6-month review");
        assertThat(page.locator("#evidence dt").allTextContents()).containsExactly("Client key", "Episode key");
        assertAccessible();
        Browsers.screenshot(page, "contract-outcome-measure-line");
    }

    private CurrentUser practiceWorker(String practiceCode) {
        UUID practice = currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                        .named("Northvale Surgery")
                        .ods(practiceCode)
                        .listSize(5000)
                        .activeFrom(LocalDate.of(2015, 4, 1))
                        .build()));
        return new CurrentUser(
                UUID.randomUUID(), "measure-browser-worker", "Worker", practice, Set.of(Role.RECOVERY_WORKER));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
