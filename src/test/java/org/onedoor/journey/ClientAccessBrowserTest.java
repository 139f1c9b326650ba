package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onedoor.client.AlertCategory;
import org.onedoor.client.Alerts;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.ConsentDecision;
import org.onedoor.client.ConsentMethod;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.ConsentRecord;
import org.onedoor.client.Consents;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser scenario: a recovery worker opens a client from their caseload; a worker outside the care team
 * is refused and breaks glass with a reason; the IG lead reviews that opening and answers a subject-access request.
 */
@IntegrationTest
class ClientAccessBrowserTest extends BrowserTestSupport {

    private static final String REASON = "Client arrived at our hub in crisis; checking risks before we see them";

    @Autowired
    ClientRegistry registry;

    @Autowired
    Consents consents;

    @Autowired
    Alerts alerts;

    @Autowired
    Clock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void caseloadRefusalBreakGlassReviewAndSubjectAccessExport() throws IOException {
        String site = String.valueOf(1000 + ThreadLocalRandom.current().nextInt(9000));
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Northvale Recovery Hub " + site);
        UUID practice = organisation(OrganisationType.GP_PRACTICE, "Riverside Surgery " + site);
        UUID partner = organisation(OrganisationType.PARTNER_PROVIDER, "Harbour Housing Support " + site);
        String recovery = person(Role.RECOVERY_WORKER, provider);
        String outsider = person(Role.RECOVERY_WORKER, partner);
        String igLead = person(Role.IG_LEAD, provider);
        String family = "Brennan"; // the worker's caseload, the reference and the date of birth tell them apart
        String name = "Casey " + family;
        UUID id = clientOf(recovery, provider, family, practice);
        String reference = jdbc.sql("select reference from client where id = ?")
                .param(id)
                .query(String.class)
                .single();

        // (a) the recovery worker finds the client in their caseload and opens the record
        signIn(recovery);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Clients"))
                .click();
        assertThat(page.locator("#caseload-title").textContent()).isEqualTo("Your caseload");
        Locator row = page.locator("#caseload tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row.textContent()).contains(reference, "12 Apr 1987");
        Browsers.screenshot(page, "client-caseload");
        assertAccessible();
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo(name);
        assertThat(page.locator("#care-team").textContent())
                .contains(
                        "Northvale Recovery Hub " + site,
                        "Responsible for treatment",
                        "Test Recovery worker",
                        "Active");
        assertThat(page.locator("#consents").textContent()).contains("Direct care within the partnership", "Given");
        assertThat(page.locator("#alerts").textContent()).contains("Communication needs");
        String recordUrl = page.url();
        Browsers.screenshot(page, "client-record-care-team");
        assertAccessible();
        page.setViewportSize(390, 844);
        page.reload();
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the record and its care team fit a 390 px screen")
                .isLessThanOrEqualTo(390);
        assertThat(page.locator("#care-team").boundingBox().width).isLessThanOrEqualTo(390);
        assertThat(page.locator("#care-team [data-label='Status']").first().textContent())
                .contains("Active");
        Browsers.screenshot(page, "client-record-care-team-390");
        assertAccessible();
        page.setViewportSize(1280, 720);

        // (b) a worker of another organisation is refused, breaks glass with a reason and sees the record
        signOutAndIn(outsider);
        page.navigate(recordUrl);
        assertThat(page.locator("h1").textContent()).isEqualTo("You cannot open this record");
        assertThat(page.locator("#refusal-reason").textContent()).contains("not in the care team");
        assertThat(page.content()).doesNotContain(family).doesNotContain(reference);
        assertAccessible();
        page.getByLabel("Why do you need this record now?").fill(REASON);
        Browsers.screenshot(page, "client-refused-break-glass");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record"))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo(name);
        assertThat(page.locator("#break-glass-banner").textContent()).contains("Break-glass access until", REASON);
        Browsers.screenshot(page, "client-record-break-glass-banner");
        assertAccessible();

        // (c) the IG lead sees the opening in Access reviews and reviews it as justified
        signOutAndIn(igLead);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Access reviews"))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Break-glass reviews");
        Locator opening = page.locator("tbody tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(opening.textContent()).contains(name, outsider, REASON, "Awaiting review");
        Browsers.screenshot(page, "ig-break-glass-reviews");
        assertAccessible();
        opening.getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("h1").textContent()).isEqualTo(name);
        assertThat(page.locator("#views").textContent()).startsWith("Viewed the record");
        page.getByLabel("Justified", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Note").fill("Confirmed with the hub manager: client seen in crisis that afternoon");
        Browsers.screenshot(page, "ig-break-glass-review");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save review"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success").textContent())
                .contains("Review saved: the opening was justified");
        page.getByLabel("Show").selectOption("REVIEWED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                .click();
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(reference))
                        .textContent())
                .contains("Justified");

        // (d) the IG lead finds the client and downloads the subject-access export, JSON then HTML
        page.navigate(url("/clients"));
        page.getByLabel("Name, date of birth, NHS number or reference").fill(name + " 12/04/1987");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Subject-access export");
        page.getByLabel("Request reference").fill("SAR-2026-" + site + ", request received 1 Dec 2026");
        Browsers.screenshot(page, "ig-subject-access");
        assertAccessible();

        Download jsonExport = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download the export"))
                        .click());
        assertThat(jsonExport.suggestedFilename()).isEqualTo("subject-access-" + reference + ".json");
        JsonNode sar = json.readTree(Files.readString(jsonExport.path()));
        assertThat(sar.path("identity").path("legalGivenName").asString()).isEqualTo("Casey");
        assertThat(sar.path("identity").path("legalFamilyName").asString()).isEqualTo(family);
        assertThat(sar.path("whoHasLooked")
                        .valueStream()
                        .filter(look -> outsider.equals(look.path("username").asString()))
                        .map(look -> look.path("action").asString())
                        .toList())
                .contains("BREAK_GLASS", "VIEW");

        page.getByLabel("Readable and printable (HTML)").check();
        Download htmlExport = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download the export"))
                        .click());
        assertThat(htmlExport.suggestedFilename()).isEqualTo("subject-access-" + reference + ".html");
        String html = Files.readString(htmlExport.path());
        assertThat(html).contains(name, outsider, REASON);
        page.setContent(html);
        Browsers.screenshot(page, "ig-subject-access-export");
    }

    /** Registered by the recovery worker (so they are its named worker) with consent to share and an alert. */
    private UUID clientOf(String worker, UUID provider, String family, UUID practice) {
        CurrentUser registering = new CurrentUser(
                UUID.randomUUID(), worker, "Test Recovery worker", provider, Set.of(Role.RECOVERY_WORKER));
        LocalDate today = LocalDate.now(clock);
        return currentUsers.actingAs(registering, () -> {
            UUID id = registry.register(NewClient.named("Casey", family, LocalDate.of(1987, 4, 12), Sex.FEMALE)
                    .withPractice(practice)
                    .withContact("NV3 1AB", new ContactDetails("01632 960123", null, true, false, false)));
            consents.record(
                    id,
                    new ConsentRecord(
                            ConsentPurpose.DIRECT_CARE,
                            ConsentDecision.GIVEN,
                            today,
                            ConsentMethod.WRITTEN,
                            true,
                            today.plusYears(1),
                            null,
                            null));
            alerts.raise(
                    id,
                    AlertCategory.COMMUNICATION,
                    "Prefers appointments in the afternoon; dyslexic, " + "read letters aloud",
                    today,
                    null);
            return id;
        });
    }

    private void signOutAndIn(String username) {
        page.navigate("about:blank");
        context.clearCookies();
        signIn(username);
    }
}
