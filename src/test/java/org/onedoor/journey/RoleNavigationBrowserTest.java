package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;

@IntegrationTest
class RoleNavigationBrowserTest extends BrowserTestSupport {

    @Test
    void eachRoleSeesItsOwnNavigation() {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Nav Lead Provider " + UUID.randomUUID());
        UUID practice = organisation(OrganisationType.GP_PRACTICE, "Nav Surgery " + UUID.randomUUID());
        UUID council = organisation(OrganisationType.COUNCIL_COMMISSIONER, "Nav Council " + UUID.randomUUID());
        for (Role role : Role.values()) {
            UUID organisation = role == Role.PRACTICE_USER ? practice : role == Role.COMMISSIONER ? council : provider;
            page.navigate("about:blank");
            context.clearCookies();
            signIn(person(role, organisation));
            var links = navigationLinks();
            assertThat(links).as("navigation of %s", role).contains("Home", "Organisations", "Staff");
            assertThat(links.contains("Practice menus"))
                    .as("%s sees the matrix", role)
                    .isEqualTo(role == Role.SPOC_WORKER
                            || role == Role.TEAM_MANAGER
                            || role == Role.COMMISSIONER
                            || role == Role.DATA_OFFICER
                            || role == Role.ADMINISTRATOR);
            assertThat(links.contains("Our practice menu"))
                    .as("%s sees own menu", role)
                    .isEqualTo(role == Role.PRACTICE_USER);
            assertThat(links.contains("Monitoring"))
                    .as("%s opens the monitoring dashboards", role)
                    .isEqualTo(role == Role.COMMISSIONER
                            || role == Role.TEAM_MANAGER
                            || role == Role.PRACTICE_USER
                            || role == Role.DATA_OFFICER);
            assertThat(links.contains("Partnership"))
                    .as("%s manages the directory", role)
                    .isEqualTo(role == Role.ADMINISTRATOR);
            Browsers.screenshot(page, "home-" + role.name().toLowerCase());
            assertAccessible();
        }
    }

    @Test
    void signInPageIsAccessibleAndExplainsAWrongPassword() {
        page.navigate(url("/sign-in"));
        assertAccessible();
        page.getByLabel("Username")
                .fill("nobody-" + UUID.randomUUID().toString().substring(0, 6));
        page.getByLabel("Password").fill("not-the-password");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("username or password");
        Browsers.screenshot(page, "sign-in-error");
        assertAccessible();
    }
}
