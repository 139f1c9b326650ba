package org.onedoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
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
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.BrowserTestSupport;
import org.onedoor.testsupport.Browsers;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A record page left open stops saying break-glass access is open once it has ended. */
@IntegrationTest
class BreakGlassBannerBrowserTest extends BrowserTestSupport {

    @Autowired
    ClientRegistry registry;

    @Autowired
    Consents consents;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBannerSaysTheAccessHasEndedWhenItsTimeRunsOut() {
        String site = String.valueOf(1000 + ThreadLocalRandom.current().nextInt(9000));
        UUID provider = organisation(OrganisationType.LEAD_PROVIDER, "Northvale Recovery Hub " + site);
        UUID partner = organisation(OrganisationType.PARTNER_PROVIDER, "Harbour Housing Support " + site);
        UUID client = clientOf(person(Role.RECOVERY_WORKER, provider), provider);
        String outsider = person(Role.RECOVERY_WORKER, partner);
        breakGlass(client, outsider, partner, Duration.ofSeconds(3));

        signIn(outsider);
        page.navigate(url("/clients/" + client));
        Locator banner = page.locator("#break-glass-banner");
        assertThat(banner.textContent()).contains("Break-glass access until");

        banner.getByText("Your break-glass access ended at").waitFor();
        assertThat(banner.textContent())
                .doesNotContain("Break-glass access until")
                .contains("Reload the page");
        Browsers.screenshot(page, "client-record-break-glass-ended");
    }

    private void breakGlass(UUID client, String username, UUID organisation, Duration left) {
        UUID userId = accounts.find(username).orElseThrow().id();
        var now = clock.instant();
        jdbc.sql("""
                insert into client_break_glass (id, client_id, user_id, username, roles, organisation_id, reason,
                    opened_at, expires_at)
                values (?, ?, ?, ?, 'RECOVERY_WORKER', ?, 'Client in crisis at our hub, checking risks', ?, ?)
                """)
                .params(
                        UUID.randomUUID(),
                        client,
                        userId,
                        username,
                        organisation,
                        now.atOffset(ZoneOffset.UTC),
                        now.plus(left).atOffset(ZoneOffset.UTC))
                .update();
    }

    private UUID clientOf(String worker, UUID provider) {
        CurrentUser registering = new CurrentUser(
                UUID.randomUUID(), worker, "Test Recovery worker", provider, Set.of(Role.RECOVERY_WORKER));
        LocalDate today = LocalDate.now(clock);
        return currentUsers.actingAs(registering, () -> {
            UUID id = registry.register(NewClient.named("Robin", "Okafor", LocalDate.of(1979, 8, 3), Sex.MALE));
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
            return id;
        });
    }
}
