package org.onedoor.monitoring.waits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.referral.ReferralIntake;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.NewReferralBuilder;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The waiting-times page groups referral's own clocks by practice: the median and the breaches of the three-week
 * standard, small counts suppressed for a commissioner, and the list behind a figure for provider-side staff only,
 * each referral listed only for those who may see it.
 */
@IntegrationTest
class WaitingTimesPageIntegrationTest {

    private static final LocalDate EARLY = LocalDate.of(2039, 3, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferralIntake intake;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    Directory directory;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void showsMedianAndBreachesByPracticeSuppressedForCommissionersWithTheListForProvidersOnly() throws Exception {
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Waits Provider");
        String practiceName = "Waits Surgery " + UUID.randomUUID().toString().substring(0, 6);
        UUID practice = organisation(OrganisationType.GP_PRACTICE, practiceName);
        CurrentUser spoc = Actors.person(Role.SPOC_WORKER, provider);
        referral(spoc, EARLY, practice);
        referral(spoc, EARLY, practice);
        referral(spoc, EARLY.plusDays(24), practice);
        clock.setDate(EARLY.plusDays(29));
        String period = "from=2039-03-01&to=2039-03-30&by=PRACTICE";

        CurrentUser manager = Actors.person(Role.TEAM_MANAGER, provider);
        String page = body("/monitoring/waiting-times?" + period, manager);
        assertThat(row(page, practiceName)).contains(">3<", ">29<", ">2<");
        assertThat(page).contains("group=" + practice);

        CurrentUser commissioner =
                Actors.person(Role.COMMISSIONER, organisation(OrganisationType.COUNCIL_COMMISSIONER, "Waits Council"));
        String suppressed = body("/monitoring/waiting-times?" + period, commissioner);
        assertThat(row(suppressed, practiceName))
                .contains("&lt;5")
                .doesNotContain(">29<")
                .doesNotContain(">3<");
        assertThat(suppressed).doesNotContain("group=" + practice);
        assertThat(response("/monitoring/waiting-times/referrals?" + period + "&group=" + practice, commissioner)
                        .getStatus())
                .isEqualTo(403);

        String list = body("/monitoring/waiting-times/referrals?" + period + "&group=" + practice, manager);
        assertThat(list).contains("Referrals waiting: " + practiceName).contains("Over 3 weeks");
        assertThat(list.split("<tr class=\"govuk-table__row\"", -1)).hasSize(1 + 1 + 3);

        CurrentUser officer = Actors.person(Role.DATA_OFFICER, provider);
        assertThat(body("/monitoring/waiting-times/referrals?" + period + "&group=" + practice, officer))
                .contains("3 referrals are not listed", "There are no referrals you may see");

        assertThat(body("/monitoring/waiting-times?from=2039-03-01&to=2040-01-01&by=PRACTICE", manager))
                .contains("govuk-error-summary", "must be today or earlier");
        assertThat(body("/monitoring/waiting-times?from=yesterday&by=PRACTICE", manager))
                .contains("Enter a date as year, month and day");
        assertThat(body("/monitoring/waiting-times?from=2039-03-30&to=2039-03-01", manager))
                .contains("must not be before its start");
        assertThat(body("/monitoring/waiting-times?from=2039-03-29&to=2039-03-29&by=PRACTICE", manager))
                .contains("No referral was received in this period");
        assertThat(response("/monitoring/waiting-times", Actors.person(Role.RECOVERY_WORKER, provider))
                        .getStatus())
                .isEqualTo(403);
    }

    private static String row(String page, String name) {
        int at = page.indexOf(name);
        assertThat(at).as("a row for %s", name).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private void referral(CurrentUser spoc, LocalDate on, UUID practice) {
        clock.setDate(on);
        currentUsers.actingAs(
                spoc,
                () -> intake.receive(NewReferralBuilder.aReferral().gp(practice).build()));
    }

    private MockHttpServletResponse response(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andReturn().getResponse();
    }

    private String body(String path, CurrentUser user) throws Exception {
        return response(path, user).getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID organisation(OrganisationType type, String name) {
        CurrentUser admin = new CurrentUser(
                UUID.randomUUID(), "waits-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));
        String ods = type.isPractice() ? "W" + String.format("%05d", new java.util.Random().nextInt(100000)) : null;
        return currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .named(name)
                        .ods(ods)
                        .listSize(type.isPractice() ? 3000 : null)
                        .build()));
    }
}
