package org.onedoor.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base for {@code *BrowserTest}s: a fresh browser context per test, helpers to make people and sign them in. */
public abstract class BrowserTestSupport {

    protected static final String PASSWORD = "browser-test-password";
    private static final CurrentUser SET_UP = new CurrentUser(
            new UUID(0, 9), "browser-test-set-up", "Set-up", new UUID(0, 9), Set.of(Role.ADMINISTRATOR));

    @LocalServerPort
    protected int port;

    @Autowired
    protected Directory directory;

    @Autowired
    protected UserAccounts accounts;

    @Autowired
    protected CurrentUsers currentUsers;

    protected BrowserContext context;
    protected Page page;

    @BeforeEach
    void openBrowser() {
        context = Browsers.chromium().newContext();
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected UUID organisation(OrganisationType type, String name) {
        String ods = type.isPractice() ? randomOds() : null;
        return currentUsers.actingAs(
                SET_UP,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .named(name)
                        .ods(ods)
                        .listSize(type.isPractice() ? 5000 : null)
                        .at("1 Test Street", "Northvale", "NV1 1AA")
                        .build()));
    }

    /** Opens an account with the given role in the organisation and returns its username. */
    protected String person(Role role, UUID organisation) {
        String username = role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        UUID staff = currentUsers.actingAs(
                SET_UP,
                () -> directory.registerStaff(new org.onedoor.partnership.StaffDetails(
                        "Test",
                        role.label(),
                        role.label(),
                        organisation,
                        null,
                        null,
                        null,
                        LocalDate.of(2020, 1, 1),
                        null)));
        currentUsers.actingAs(
                SET_UP,
                () -> accounts.open(new NewUserAccount(
                        username, "Test " + role.label(), PASSWORD, organisation, staff, Set.of(role))));
        return username;
    }

    protected void signIn(String username) {
        page.navigate(url("/sign-in"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(url("/"));
    }

    protected List<String> navigationLinks() {
        return page.locator("nav[aria-label=Main] a").allTextContents().stream()
                .map(String::strip)
                .toList();
    }

    /** Runs axe-core on the current page and fails on any serious or critical violation. */
    protected void assertAccessible() {
        assertAccessible(page);
    }

    /** Runs axe-core on the current page of the given tab and fails on any serious or critical violation. */
    protected void assertAccessible(Page page) {
        List<Rule> violations = new AxeBuilder(page)
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                        .analyze()
                        .getViolations()
                        .stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .toList();
        assertThat(violations)
                .as(
                        "serious or critical accessibility violations on %s: %s",
                        page.url(),
                        violations.stream()
                                .map(rule -> rule.getId() + " (" + rule.getHelp() + ") at "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .toList())
                                .toList())
                .isEmpty();
    }

    protected static String randomOds() {
        return "Z" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
    }
}
