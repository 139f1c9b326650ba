package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.AlertCategory;
import org.onedoor.client.Alerts;
import org.onedoor.client.BreakGlass;
import org.onedoor.client.CareTeam;
import org.onedoor.client.CareTeamMembership;
import org.onedoor.client.CareTeamRole;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.ClientTimeline;
import org.onedoor.client.ConsentDecision;
import org.onedoor.client.ConsentMethod;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.ConsentRecord;
import org.onedoor.client.Consents;
import org.onedoor.client.NewClient;
import org.onedoor.client.SealedCategory;
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

/**
 * Every client screen in a real browser, with data and with errors: each has the header and navigation, one h1 and
 * no serious accessibility problem. The screenshots (target/screenshots/tour-*.png) are for looking at.
 */
@IntegrationTest
class ClientScreensTourBrowserTest extends BrowserTestSupport {

    @Autowired
    ClientRegistry registry;

    @Autowired
    Alerts alerts;

    @Autowired
    CareTeam careTeam;

    @Autowired
    Consents consents;

    @Autowired
    ClientTimeline timeline;

    @Autowired
    BreakGlass breakGlass;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyClientScreenHasTheHeaderOneHeadingAndNoSeriousAccessibilityProblem() {
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Tour Recovery Service " + tag);
        UUID partner = organisation(OrganisationType.PARTNER_PROVIDER, "Tour Housing Support " + tag);
        UUID outside = organisation(OrganisationType.PARTNER_PROVIDER, "Tour Outside Provider " + tag);
        String worker = person(Role.RECOVERY_WORKER, provider);
        String prescriber = person(Role.PRESCRIBER, provider);
        String manager = person(Role.TEAM_MANAGER, provider);
        String outsider = person(Role.PRESCRIBER, outside);
        String ig = person(Role.IG_LEAD, provider);
        CurrentUser asWorker = user(worker, Role.RECOVERY_WORKER, provider);
        String family = "Tourist" + tag;
        UUID id = currentUsers.actingAs(
                asWorker,
                () -> registry.register(NewClient.named("Robin", family, LocalDate.of(1986, 9, 14), Sex.FEMALE)
                        .withContact(
                                "NV1 4AP",
                                new ContactDetails("01632 960456", "robin@example.org", true, false, true))));
        UUID duplicate = currentUsers.actingAs(
                asWorker,
                () -> registry.register(NewClient.named("Robyn", family, LocalDate.of(1986, 9, 14), Sex.FEMALE)));
        currentUsers.actingAs(asWorker, () -> {
            alerts.raise(
                    id,
                    AlertCategory.RISK_TO_STAFF,
                    "Do not visit alone: dog at the address",
                    LocalDate.of(2026, 10, 2),
                    null);
            consents.record(
                    id,
                    new ConsentRecord(
                            ConsentPurpose.DIRECT_CARE,
                            ConsentDecision.GIVEN,
                            LocalDate.of(2026, 10, 3),
                            ConsentMethod.WRITTEN,
                            true,
                            LocalDate.of(2027, 10, 3),
                            null,
                            null));
            consents.record(
                    id,
                    new ConsentRecord(
                            ConsentPurpose.GP_SHARING,
                            ConsentDecision.REFUSED,
                            LocalDate.of(2026, 10, 3),
                            ConsentMethod.VERBAL,
                            false,
                            null,
                            null,
                            "Does not want the GP told"));
            careTeam.add(
                    id,
                    new CareTeamMembership(
                            partner, CareTeamRole.PARTNER, null, "Kim Housing", LocalDate.of(2026, 10, 4), null, null));
            for (int day = 1; day <= 12; day++) {
                timeline.add(
                        id,
                        LocalDate.of(2026, 10, day),
                        day % 3 == 0 ? "ASSESSMENT" : "CONTACT",
                        day % 3 == 0 ? "Review of the care plan" : "Key-work session " + day,
                        day == 12 ? "Talked about housing and a move to supported accommodation" : null,
                        null,
                        null,
                        null);
            }
            return null;
        });
        currentUsers.actingAs(
                user(prescriber, Role.PRESCRIBER, provider),
                () -> alerts.raise(
                        id,
                        AlertCategory.BLOOD_BORNE_VIRUS,
                        "Hepatitis C antibody positive",
                        LocalDate.of(2026, 10, 5),
                        SealedCategory.BLOOD_BORNE_VIRUS));
        UUID entry = jdbc.sql("select id from client_care_team where client_id = ? and organisation_id = ?")
                .param(id)
                .param(partner)
                .query(UUID.class)
                .single();
        UUID alert = jdbc.sql("select id from client_alert where client_id = ? and sealed_as is null")
                .param(id)
                .query(UUID.class)
                .single();
        String record = "/clients/" + id;

        signIn(worker);
        visit("/clients?q=" + family, "tour-search");
        visit(record, "tour-record");
        assertThat(page.locator("#alerts").textContent()).contains("Do not visit alone", "sealed");
        visit(record + "/timeline?page=2", "tour-timeline");
        visit(record + "/identity", "tour-identity");
        page.getByLabel("Legal last name").fill("");
        submit("tour-identity-errors");
        visit(record + "/consents/new?purpose=NDTMS", "tour-consent");
        submit("tour-consent-errors");
        visit(record + "/care-team/new", "tour-care-team-new");
        submit("tour-care-team-new-errors");
        visit(record + "/care-team/" + entry + "/end", "tour-care-team-end");
        page.locator("textarea").fill("");
        submit("tour-care-team-end-errors");
        visit(record + "/alerts/new", "tour-alert-new");
        submit("tour-alert-new-errors");
        visit(record + "/alerts/" + alert + "/void", "tour-alert-void");
        submit("tour-alert-void-errors");
        visit("/clients/" + UUID.randomUUID() + "/subject-access", "tour-403", 403);
        signOut();

        signIn(manager);
        visit(record + "/merge", "tour-merge");
        page.getByLabel("Reference of the duplicate record").fill("C999999999");
        submit("tour-merge-errors");
        String duplicateReference = jdbc.sql("select reference from client where id = ?")
                .param(duplicate)
                .query(String.class)
                .single();
        visit(record + "/merge?duplicate=" + duplicateReference, "tour-merge-compare");
        signOut();

        signIn(outsider);
        visit(record, "tour-refused", 403);
        assertThat(page.content()).doesNotContain(family);
        page.getByLabel("Why do you need this record now?").fill("Seen in A&E after an overdose tonight");
        page.locator("main button[type=submit]").click();
        page.locator("#break-glass-banner").waitFor();
        shot("tour-record-break-glass");
        signOut();

        signIn(ig);
        visit("/ig/break-glass", "tour-ig-break-glass");
        UUID opening = jdbc.sql("select id from client_break_glass where client_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        visit("/ig/break-glass/" + opening, "tour-ig-break-glass-review");
        submit("tour-ig-break-glass-review-errors");
        visit("/ig/access-reports", "tour-ig-access-reports");
        visit(record + "/subject-access", "tour-subject-access");
        submit("tour-subject-access-errors");
    }

    private void visit(String path, String name) {
        visit(path, name, 200);
    }

    private void visit(String path, String name, int status) {
        var response = page.navigate(url(path));
        assertThat(response.status()).as(path).isEqualTo(status);
        shot(name);
    }

    private void submit(String name) {
        page.locator("main button[type=submit]").last().click();
        page.waitForLoadState();
        assertThat(page.title()).as(name).startsWith("Error:");
        assertThat(page.locator(".govuk-error-summary").count()).as(name).isEqualTo(1);
        shot(name);
    }

    private void shot(String name) {
        Browsers.screenshot(page, name);
        assertThat(page.locator("h1").count()).as("one h1 on " + name).isEqualTo(1);
        assertThat(page.locator("nav[aria-label=Main]").count())
                .as("navigation on " + name)
                .isEqualTo(1);
        assertThat(page.locator(".onedoor-header__partnership").textContent())
                .as(name)
                .isNotBlank();
        assertAccessible();
    }

    private void signOut() {
        page.navigate("about:blank");
        context.clearCookies();
    }

    private CurrentUser user(String username, Role role, UUID organisation) {
        return new CurrentUser(UUID.randomUUID(), username, "Test " + role.label(), organisation, Set.of(role));
    }
}
