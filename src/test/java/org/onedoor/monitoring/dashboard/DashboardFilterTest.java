package org.onedoor.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.ReportingSubstanceGroup;

class DashboardFilterTest {

    private static final YearMonth THIS_MONTH = YearMonth.of(2026, 11);
    private static final UUID PROVIDER = UUID.randomUUID();
    private static final UUID PRACTICE = UUID.randomUUID();
    private static final DashboardFilter.Choices CHOICES =
            new DashboardFilter.Choices(Set.of(PROVIDER), Set.of(PRACTICE), Set.of());

    @Test
    void defaultsToTheTwelveMonthsToLastMonth() {
        DashboardFilter filter = DashboardFilter.read(null, null, null, null, null, THIS_MONTH, CHOICES);

        assertThat(filter.valid()).isTrue();
        assertThat(filter.period()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(filter.periodText()).isEqualTo("2026-10");
    }

    @Test
    void acceptsThisMonthAndRefusesTheNextWithTheLatestMonthNamed() {
        assertThat(DashboardFilter.read("2026-11", null, null, null, null, THIS_MONTH, CHOICES)
                        .valid())
                .isTrue();

        DashboardFilter future = DashboardFilter.read("2026-12", null, null, null, null, THIS_MONTH, CHOICES);

        assertThat(future.problems())
                .containsEntry("period", "The period cannot end in the future: choose 2026-11 or an earlier month");
        assertThat(future.periodText()).isEqualTo("2026-12");
    }

    @Test
    void refusesAMonthThatIsNotOneAndKeepsWhatWasTyped() {
        DashboardFilter filter = DashboardFilter.read("Novembre", null, null, null, null, THIS_MONTH, CHOICES);

        assertThat(filter.problems()).containsOnlyKeys("period");
        assertThat(filter.periodText()).isEqualTo("Novembre");
    }

    @Test
    void refusesIdsThatAreNotAmongTheChoicesAndAnUnknownGroup() {
        DashboardFilter filter = DashboardFilter.read(
                null,
                "not-an-id",
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "CAKE",
                THIS_MONTH,
                CHOICES);

        assertThat(filter.problems()).containsOnlyKeys("provider", "practice", "contract", "group");
    }

    @Test
    void refusesAProviderAndAPracticeTogether() {
        DashboardFilter filter =
                DashboardFilter.read(null, PROVIDER.toString(), PRACTICE.toString(), null, null, THIS_MONTH, CHOICES);

        assertThat(filter.problems()).containsEntry("practice", "Choose a provider or a GP practice, not both");
    }

    @Test
    void readsAGroupAndAPractice() {
        DashboardFilter filter =
                DashboardFilter.read("2025-03", null, PRACTICE.toString(), null, "OPIATE", THIS_MONTH, CHOICES);

        assertThat(filter.valid()).isTrue();
        assertThat(filter.practice()).isEqualTo(PRACTICE);
        assertThat(filter.group()).isEqualTo(ReportingSubstanceGroup.OPIATE);
        assertThat(filter.period()).isEqualTo(YearMonth.of(2025, 3));
    }
}
