package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.assessment.OutcomeEpisodes;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.assessment.instrument.AnswerCheckTest;
import org.onedoor.client.ClientId;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/** A commissioner reads one partner's cohort outcomes broken down by substance group (issue 16 item 3). */
@IntegrationTest
class CohortOutcomesBrowserTest extends BrowserTestSupport {

    @Autowired
    ClientRegistry registry;

    @Autowired
    OutcomeRecording recording;

    @Autowired
    OutcomeEpisodes episodes;

    @Autowired
    MutableClock clock;

    @Test
    void aCommissionerSeesOnePartnersCohortsBySubstanceGroupWithSmallNumbersSuppressed() {
        String name = "Cohort Partner " + UUID.randomUUID().toString().substring(0, 6);
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, name);
        String username = person(Role.RECOVERY_WORKER, provider);
        CurrentUser worker =
                new CurrentUser(UUID.randomUUID(), username, "Worker", provider, Set.of(Role.RECOVERY_WORKER));
        LocalDate start = LocalDate.now(clock).minusWeeks(30);
        for (int n = 0; n < 7; n++) {
            ReportingSubstanceGroup group =
                    n < 5 ? ReportingSubstanceGroup.OPIATE : ReportingSubstanceGroup.ALCOHOL_ONLY;
            UUID client = currentUsers.actingAs(
                    worker,
                    () -> registry.register(NewClient.named("Sam", "Cohorton", LocalDate.of(1979, 3, 2), Sex.FEMALE)));
            UUID episode = UUID.randomUUID();
            episodes.tellAll(List.of(new OutcomeEpisodes.Told(
                    episode,
                    new ClientId(client),
                    start,
                    OutcomeEpisodes.DRUG,
                    1,
                    null,
                    new OrganisationId(provider),
                    group)));
            int review = n % 2 == 0 ? 0 : 2;
            currentUsers.actingAs(
                    worker,
                    () -> recording.record(
                            client, new NewOutcome("top", null, "START", start, episode, top(3), false)));
            currentUsers.actingAs(
                    worker,
                    () -> recording.record(
                            client,
                            new NewOutcome("top", null, "REVIEW", start.plusWeeks(26), episode, top(review), false)));
        }
        signIn(person(Role.COMMISSIONER, provider));

        page.navigate(url("/outcomes/cohorts"));
        page.getByLabel("Partner").selectOption(new SelectOption().setLabel(name));
        page.getByLabel("One table per").selectOption("SUBSTANCE_GROUP");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Show outcomes"))
                .click();
        page.waitForURL(java.util.regex.Pattern.compile(".*[?&]by=SUBSTANCE_GROUP.*"));

        assertThat(page.locator("caption").allInnerTexts()).containsExactly("Opiate", "Alcohol only");
        assertThat(page.locator("table").first().innerText()).contains("Abstinent from the main problem substance");
        assertThat(page.locator("table").nth(1).innerText()).contains("Fewer than 5");
        assertAccessible();
        Browsers.screenshot(page, "cohort-outcomes-by-substance-group");
    }

    /** A TOP with opiates used on {@code aWeek} days of each week. */
    private static Map<String, String> top(int aWeek) {
        Map<String, String> answers = AnswerCheckTest.top();
        for (int week = 1; week <= 4; week++) {
            answers.put("cannabis.week" + week, "0");
            answers.put("opiates.week" + week, String.valueOf(aWeek));
        }
        return answers;
    }
}
