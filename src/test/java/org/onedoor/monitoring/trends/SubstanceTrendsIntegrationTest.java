package org.onedoor.monitoring.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Monthly mentions from referrals on real data, in months no other test writes to (2038): a substance first named
 * this month is new, one well above its steady year is rising, and a commissioner sees small counts as "<5".
 */
@IntegrationTest
class SubstanceTrendsIntegrationTest {

    private static final YearMonth MONTH = YearMonth.of(2038, 6);

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
    void flagsTheNewAndTheRisingAndSuppressesSmallCountsForCommissioners() throws Exception {
        CurrentUser spoc = Actors.person(Role.SPOC_WORKER, organisation(OrganisationType.LEAD_PROVIDER));
        for (int back = 1; back <= 12; back++) {
            referral(spoc, MONTH.minusMonths(back).atDay(15), "COCAINE");
        }
        for (int i = 0; i < 5; i++) {
            referral(spoc, MONTH.atDay(2 + i), "COCAINE");
        }
        referral(spoc, MONTH.atEndOfMonth(), "NPS");
        referral(spoc, MONTH.plusMonths(1).atDay(1), "KETAMINE");
        clock.setDate(MONTH.plusMonths(1).atDay(10));

        CurrentUser lead = Actors.person(Role.CLINICAL_LEAD, organisation(OrganisationType.LEAD_PROVIDER));
        String provider = page("/monitoring/trends?month=" + MONTH, lead);
        assertThat(provider).contains("New to the area", "New psychoactive substances: 1 this month");
        assertThat(provider).contains("Rising", "Cocaine (powder): 5 this month (monthly mean before: 1.0)");
        assertThat(provider).doesNotContain("Ketamine").doesNotContain("&lt;5");

        CurrentUser commissioner =
                Actors.person(Role.COMMISSIONER, organisation(OrganisationType.COUNCIL_COMMISSIONER));
        String suppressed = page("/monitoring/trends?month=" + MONTH, commissioner);
        // the one small count in the month would follow from the month's total, so the cocaine count is hidden too
        assertThat(suppressed)
                .contains("New psychoactive substances: &lt;5 this month", "Cocaine (powder): [c] this month");
        assertThat(suppressed).doesNotContain("monthly mean before");

        assertThat(page("/monitoring/trends?month=" + MONTH.plusMonths(2), lead))
                .contains("govuk-error-summary", "The month must be this month or earlier");
        assertThat(page("/monitoring/trends?month=June", lead)).contains("Enter the month as a year and month");
        assertThat(mvc.perform(get("/monitoring/trends")
                                .with(as(Actors.person(Role.RECOVERY_WORKER, UUID.randomUUID()))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private void referral(CurrentUser spoc, LocalDate on, String substance) {
        clock.setDate(on);
        currentUsers.actingAs(
                spoc,
                () -> intake.receive(
                        NewReferralBuilder.aReferral().substances(substance).build()));
    }

    private String page(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID organisation(OrganisationType type) {
        CurrentUser admin = new CurrentUser(
                UUID.randomUUID(), "trends-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));
        return currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type).build()));
    }
}
