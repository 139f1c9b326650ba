package org.onedoor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.assessment.OutcomeFixtures.phq9;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 item 2: the parity indicator over report_outcome. Of the persons whose PHQ-9 review was done in the window
 * and who started at 10 or more, the share 6 or more points better: a start below 10 is not in the denominator, a
 * fall of 5 misses, a fall of 6 counts, a review after the as-of date is ignored, a review outside the window is not
 * counted, and a person counts once, on their latest review.
 */
@IntegrationTest
class OutcomeIndicatorsIntegrationTest {

    private final CurrentUser admin = new CurrentUser(
            UUID.randomUUID(), "outcome-indicators-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    Indicators indicators;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    OutcomeRecording recording;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void countsReliableImprovementOnPhq9AmongThoseWhoStartedDepressed() {
        UUID practice = practice();
        CurrentUser worker =
                new CurrentUser(UUID.randomUUID(), "outcome-worker", "Worker", practice, Set.of(Role.RECOVERY_WORKER));
        improved(worker, 15, 9, "2016-09-01"); // a fall of 6: improved
        improved(worker, 16, 11, "2016-10-01"); // a fall of 5: not improved
        improved(worker, 8, 1, "2016-10-01"); // started below 10: not in the denominator
        improved(worker, 20, 20, "2017-06-01"); // reviewed after the window
        UUID twice = improved(worker, 12, 12, "2016-08-01");
        review(worker, twice, 5, "2016-12-01"); // the latest review in the window counts: improved

        IndicatorRow all = all(IndicatorScope.practice(practice), LocalDate.of(2017, 12, 31));
        assertThat(all.numerator()).isEqualTo(2);
        assertThat(all.denominator()).isEqualTo(3);
        assertThat(all.value()).isEqualByComparingTo("66.7");
        assertThat(all.lower95()).isNotNull();

        IndicatorRow earlier = all(IndicatorScope.practice(practice), LocalDate.of(2016, 11, 15));
        assertThat(earlier.numerator())
                .as("the December review is after the as-of date")
                .isEqualTo(1);
        assertThat(earlier.denominator()).isEqualTo(3);
    }

    private IndicatorRow all(IndicatorScope scope, LocalDate asOf) {
        List<IndicatorRow> rows = indicators.compute(new IndicatorRequest(
                List.of("PARITY_PHQ9_IMPROVEMENT"), scope, YearMonth.of(2016, 4), YearMonth.of(2017, 3), asOf, false));
        assertThat(rows).extracting(IndicatorRow::group).contains("All");
        return rows.stream().filter(r -> r.group().equals("All")).findFirst().orElseThrow();
    }

    private UUID improved(CurrentUser worker, int start, int review, String reviewedOn) {
        UUID client = currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named(
                        "Sam",
                        "Parity" + UUID.randomUUID().toString().substring(0, 6),
                        LocalDate.of(1980, 1, 1),
                        Sex.FEMALE)));
        record(worker, client, "START", LocalDate.of(2016, 4, 4), start);
        review(worker, client, review, reviewedOn);
        return client;
    }

    private void review(CurrentUser worker, UUID client, int score, String on) {
        record(worker, client, "REVIEW", LocalDate.parse(on), score);
    }

    private void record(CurrentUser worker, UUID client, String stage, LocalDate on, int score) {
        currentUsers.actingAs(
                worker,
                () -> recording.record(client, new NewOutcome("phq9", null, stage, on, null, phq9(score, 0), false)));
    }

    private UUID practice() {
        String code = "Y" + String.format("%05d", new Random().nextInt(100000));
        return currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                        .ods(code)
                        .listSize(4000)
                        .activeFrom(LocalDate.of(2015, 4, 1))
                        .build()));
    }
}
