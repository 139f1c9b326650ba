package org.onedoor.contract.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.evidence.NdtmsActivityFile;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three models of the seed report over the shipped NEL activity file (3,144 client-months in 2016/17 at 12
 * practices, see ShippedActivityFileIntegrationTest), and the monitor over a small file whose events are known.
 */
@IntegrationTest
class WhatIfIntegrationTest {

    private static final YearMonth APRIL = YearMonth.of(2016, 4);
    private static final YearMonth MARCH = YearMonth.of(2017, 3);
    private static final EvidenceOptions PRIMARY_CARE =
            EvidenceOptions.defaults().inSettings(Set.of("PRIMARY_CARE"));
    private static final LegacyParameters LEGACY =
            new LegacyParameters(new BigDecimal("1000.00"), new BigDecimal("30.00"), null);

    @Autowired
    NdtmsActivityFile files;

    @Autowired
    WhatIf whatIf;

    @Test
    void theNelModelPaysExampleFoursOutputOnTheShippedFileAndEveryViewAddsUp() {
        UUID snapshot = files.load(
                        Path.of("docs/examples/nel-2016-activity.csv"),
                        LocalDate.of(2017, 3, 31),
                        "NEL example activity for a what-if")
                .id();
        List<Scenario> scenarios = whatIf.standardScenarios(snapshot, APRIL, MARCH, PRIMARY_CARE, LEGACY);

        ScenarioComparison comparison = whatIf.compare(snapshot, APRIL, MARCH, PRIMARY_CARE, scenarios);

        ScenarioResult nel = comparison.scenario(Scenarios.NEL);
        assertThat(nel.totalOf("Output payments")).isEqualTo(new BigDecimal("104800.00"));
        // 12 practices × £1,000 + 3,144 patient-months × £30
        assertThat(comparison.scenario(Scenarios.LEGACY).total()).isEqualTo(new BigDecimal("106320.00"));
        assertThat(comparison.scenario(Scenarios.PER_CLIENT_ONLY).total()).isEqualTo(new BigDecimal("94320.00"));
        assertThat(comparison.scenarios()).hasSize(3);
        for (ScenarioResult result : comparison.scenarios()) {
            assertAddsUp(result);
            assertThat(result.byPractice())
                    .extracting(PracticeAmount::practice)
                    .hasSize(12)
                    .doesNotContain(PracticeAmount.NOT_BY_PRACTICE);
        }
        assertThat(comparison.scenario(Scenarios.LEGACY).byPractice())
                .allSatisfy(p -> assertThat(p.total()).isGreaterThan(new BigDecimal("1000.00")));
        assertThat(comparison.monitor()).hasSize(12);
        assertThat(comparison.monitor().stream()
                        .mapToInt(IncentiveMonth::clients)
                        .sum())
                .isEqualTo(3144);
        assertThat(comparison.differencesFromFirst().get(0)).isZero();
    }

    @Test
    void aComparisonStartingMidYearCountsTheEarlierMonthsTowardsTheCapButShowsOnlyItsOwn() {
        UUID snapshot = files.load(
                        Path.of("docs/examples/nel-2016-activity.csv"),
                        LocalDate.of(2017, 3, 31),
                        "NEL example activity, second half")
                .id();
        ScenarioComparison whole = whatIf.compare(
                snapshot,
                APRIL,
                MARCH,
                PRIMARY_CARE,
                List.of(Scenarios.nel(org.onedoor.contract.rules.EffectivePeriod.from(APRIL))));
        ScenarioComparison half = whatIf.compare(
                snapshot,
                YearMonth.of(2016, 10),
                MARCH,
                PRIMARY_CARE,
                List.of(Scenarios.nel(org.onedoor.contract.rules.EffectivePeriod.from(APRIL))));

        ScenarioResult all = whole.scenarios().get(0);
        ScenarioResult second = half.scenarios().get(0);
        assertThat(second.byMonth()).hasSize(6);
        second.byMonth()
                .forEach((month, amount) ->
                        assertThat(amount).isEqualTo(all.byMonth().get(month)));
        assertThat(second.byYear()).containsOnlyKeys(new FinancialYear(2016));
        assertAddsUp(second);
    }

    @Test
    void theMonitorCountsStartsUnplannedExitsAndReturnsAfterACompletion() {
        String header = "CLIENTID,EPISODID,AGNCY,GPPTCE,MODSET,MODAL,TRIAGED,MODST,MODEND,DISD,DISRSN\n";
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        String rows = String.join(
                        "\n",
                        prefix + "A,E1,N0001,B81001,PRIMARY_CARE,95,01/04/2016,04/04/2016,10/05/2016,10/05/2016,80",
                        prefix + "A,E2,N0001,B81001,PRIMARY_CARE,95,01/07/2016,05/07/2016,,,",
                        prefix + "B,E1,N0001,B81002,PRIMARY_CARE,95,20/04/2016,02/05/2016,15/06/2016,15/06/2016,85",
                        prefix + "C,E1,N0001,B81002,PRIMARY_CARE,95,01/05/2016,02/05/2016,20/06/2016,20/06/2016,81",
                        prefix + "C,E2,N0001,B81002,PRIMARY_CARE,95,21/01/2017,22/01/2017,,,")
                + "\n";
        UUID snapshot = files.load(
                        "monitor.csv", new StringReader(header + rows), LocalDate.of(2017, 3, 31), "monitor test")
                .id();

        ScenarioComparison comparison = whatIf.compare(
                snapshot,
                APRIL,
                MARCH,
                PRIMARY_CARE,
                List.of(Scenarios.nel(org.onedoor.contract.rules.EffectivePeriod.from(APRIL))));

        List<IncentiveMonth> monitor = comparison.monitor();
        assertThat(monitor.get(0)).isEqualTo(new IncentiveMonth(APRIL, 1, 1, 0, 0));
        assertThat(monitor.get(1)).isEqualTo(new IncentiveMonth(YearMonth.of(2016, 5), 3, 2, 0, 0));
        assertThat(monitor.get(2)).isEqualTo(new IncentiveMonth(YearMonth.of(2016, 6), 2, 0, 1, 0));
        // A returns on 1 July, within 6 months of completing on 10 May; C returns after 7 months: no re-presentation
        assertThat(monitor.get(3)).isEqualTo(new IncentiveMonth(YearMonth.of(2016, 7), 1, 1, 0, 1));
        assertThat(monitor.get(9).rePresentations()).isZero();
        assertThat(monitor.get(9).starts()).isEqualTo(1);
        // the outcome payments go to the practice of the completed episode
        ScenarioResult nel = comparison.scenarios().get(0);
        assertThat(nel.totalOf("Outcome payments")).isEqualTo(new BigDecimal("540.00"));
        assertAddsUp(nel);
    }

    @Test
    void duplicateScenarioNamesAreRefusedWithTheName() {
        UUID snapshot = files.load(
                        "empty.csv",
                        new StringReader(
                                "CLIENTID,EPISODID,AGNCY,GPPTCE,MODSET,MODAL,TRIAGED,MODST,MODEND,DISD,DISRSN\n"),
                        LocalDate.of(2017, 3, 31),
                        "empty")
                .id();
        Scenario nel = Scenarios.nel(org.onedoor.contract.rules.EffectivePeriod.from(APRIL));

        assertThatThrownBy(() -> whatIf.compare(snapshot, APRIL, MARCH, PRIMARY_CARE, List.of(nel, nel)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining(Scenarios.NEL);
        assertThatThrownBy(() -> whatIf.compare(snapshot, MARCH, APRIL, PRIMARY_CARE, List.of(nel)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("first month first");
    }

    /** The months, the years and the practices each add up to the scenario's total; practices month by month too. */
    private static void assertAddsUp(ScenarioResult result) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        assertThat(result.byMonth().values().stream().reduce(zero, BigDecimal::add))
                .isEqualTo(result.total());
        assertThat(result.byYear().values().stream().reduce(zero, BigDecimal::add))
                .isEqualTo(result.total());
        assertThat(result.byPractice().stream().map(PracticeAmount::total).reduce(zero, BigDecimal::add))
                .isEqualTo(result.total());
        result.byMonth()
                .forEach((month, amount) -> assertThat(result.byPractice().stream()
                                .map(p -> p.byMonth().get(month))
                                .reduce(zero, BigDecimal::add))
                        .as(month.toString())
                        .isEqualTo(amount));
        assertThat(result.total()).isPositive();
    }
}
