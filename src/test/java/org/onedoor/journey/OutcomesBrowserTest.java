package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OutcomesBrowserTest extends BrowserTestSupport {

    @Autowired
    ClientRegistry registry;

    @Test
    void aWorkerCompletesAPhq9AfterAnImpossibleAnswerSeesTheScoreAndBandAndTheItem9RiskAlert() {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Outcomes Provider " + UUID.randomUUID());
        String username = person(Role.RECOVERY_WORKER, provider);
        String family = "Outcomeson" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID client = currentUsers.actingAs(
                new CurrentUser(UUID.randomUUID(), username, "Worker", provider, Set.of(Role.RECOVERY_WORKER)),
                () -> registry.register(NewClient.named("Alex", family, LocalDate.of(1988, 5, 4), Sex.MALE)));
        signIn(username);

        page.navigate(url("/clients/" + client));
        page.locator("#outcomes").getByText("Record an outcome or assessment").click();
        page.locator("#outcomes")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Patient Health Questionnaire (PHQ-9)"))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Patient Health Questionnaire (PHQ-9)");
        assertAccessible();

        page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true)).check();
        int[] answers = {2, 2, 2, 2, 1, 1, 1, 1, 1};
        for (int item = 1; item <= 9; item++) {
            answer(item, answers[item - 1]);
        }
        // An answer no radio offers, as a tampered or stale form would send it.
        page.evaluate("document.querySelector(\"input[name='item4'][value='3']\").value = '4'");
        answer(4, 4);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and score"))
                .click();

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Feeling tired or having little energy: the answer must be from 0 to 3, not 4");
        assertThat(page.locator(".govuk-form-group--error").textContent())
                .contains("Feeling tired or having little energy");
        assertThat(page.locator("input[name='item9'][value='1']").isChecked()).isTrue();
        Browsers.screenshot(page, "outcome-phq9-errors");
        assertAccessible();

        answer(4, 2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and score"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success").textContent())
                .contains("PHQ-9 recorded.")
                .contains("A risk alert has been raised");
        assertThat(page.locator("#outcome-scores").textContent())
                .contains("PHQ-9 total")
                .contains("13")
                .contains("moderate");
        assertThat(page.locator("#outcome-risk").textContent()).contains("raised a risk alert");
        Browsers.screenshot(page, "outcome-phq9-record");
        assertAccessible();

        page.navigate(url("/clients/" + client));
        assertThat(page.locator("#alerts").textContent()).contains("Risk to self: PHQ-9 item 9");
        page.locator("#outcomes-list").waitFor();
        assertThat(page.locator("#outcomes").textContent())
                .contains("PHQ-9 (start)")
                .contains("Risk");
        assertAccessible();

        page.setViewportSize(390, 844);
        page.navigate(url("/clients/" + client + "/outcomes/trajectory"));
        assertThat(page.locator("svg.onedoor-chart__svg")).isNotNull();
        assertThat(page.locator("table").first().textContent()).contains("13").contains("moderate");
        Browsers.screenshot(page, "outcome-trajectory-390");
        assertAccessible();
    }

    private void answer(int item, int value) {
        page.locator("input[name='item" + item + "'][value='" + value + "']").check();
    }
}
