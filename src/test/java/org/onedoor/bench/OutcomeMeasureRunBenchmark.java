package org.onedoor.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.cohort.CohortOutcomes;
import org.onedoor.assessment.cohort.MeasureCount;
import org.onedoor.contract.runs.PaymentLine;
import org.onedoor.contract.runs.PaymentRuns;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.Contracts;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16's payment-run speed target on PostgreSQL: an outcome-measure payment run for a partnership of 10,000
 * clients with outcome records, among 100,000 clients and 400,000 outcome records in all (TOP and PHQ-9 at start and
 * at the 6-month review; 25,000 hepatitis C tests and 10,000 physical-health records besides), target under 2 s.
 * The records are written set-based straight into assessment's tables (not timed), at 10 GP practices. The run is
 * March 2017 of a contract counting one practice, with the worked methodology's rules and four outcome-measure
 * rules, timed twice: over a snapshot already taken ({@code PaymentRuns.runFromSnapshot}: reading April to March,
 * computing and storing the statement; the target) and with a new snapshot of the whole database
 * ({@code PaymentRuns.run}: every client's measure events keyed and stored first). Its PHQ-9
 * lines for March are checked against the cohort outcome count of the same provider for March. Runs with
 * {@code scripts/bench-outcome-payments.sh}, never in {@code ./mvnw verify}.
 * <p>
 * Knobs: {@code onedoor.bench.outcomeClients} (100000), {@code onedoor.bench.providers} (10),
 * {@code onedoor.bench.repeats} (5).
 */
@IntegrationTest
class OutcomeMeasureRunBenchmark {

    private static final YearMonth MARCH = YearMonth.of(2017, 3);
    private static final String RULES = """
              - kind: OUTCOME_MEASURE
                name: PHQ-9 improvement
                from: 2016-04
                measure: PHQ9_RELIABLE_IMPROVEMENT
                amountPerClient: 50.00
              - kind: OUTCOME_MEASURE
                name: Abstinence
                from: 2016-04
                measure: ABSTINENCE
                amountPerClient: 100.00
                annualCap: { amount: 50000.00, mode: MONEY_PARTIAL }
              - kind: OUTCOME_MEASURE
                name: Hepatitis C tests
                from: 2016-04
                measure: HEPATITIS_C_TEST
                amountPerClient: 20.00
              - kind: OUTCOME_MEASURE
                name: Health checks
                from: 2016-04
                measure: HEALTH_CHECK
                amountPerClient: 15.00
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Contracts contracts;

    @Autowired
    PaymentRuns runs;

    @Autowired
    CohortOutcomes cohorts;

    @Autowired
    CurrentUsers currentUsers;

    private final CurrentUser admin =
            new CurrentUser(UUID.randomUUID(), "bench-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    private final CurrentUser commissioner = new CurrentUser(
            UUID.randomUUID(), "bench-commissioner", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));

    @Test
    void anOutcomeMeasureRunForAPartnershipOfTenThousandClients() {
        int clients = Latencies.intProperty("onedoor.bench.outcomeClients", 100_000);
        int providers = Latencies.intProperty("onedoor.bench.providers", 10);
        int repeats = Latencies.intProperty("onedoor.bench.repeats", 5);
        StringBuilder report = new StringBuilder(String.format("%n==== OutcomeMeasureRunBenchmark: PostgreSQL ====%n"));
        long t = System.nanoTime();
        List<UUID> organisations = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int p = 0; p < providers; p++) {
            String code = String.format("M%05d", p + 1);
            codes.add(code);
            organisations.add(currentUsers.actingAs(
                    admin,
                    () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                            .named("Bench practice " + code)
                            .ods(code)
                            .listSize(12_000)
                            .build())));
        }
        new OutcomeRecords(jdbc).load(clients, organisations);
        long records = jdbc.sql("select count(*) from assessment_outcome_record")
                .query(Long.class)
                .single();
        jdbc.sql("vacuum analyze assessment_outcome_record").update();
        jdbc.sql("vacuum analyze assessment_outcome_score").update();
        jdbc.sql("vacuum analyze assessment_outcome_answer").update();
        jdbc.sql("vacuum analyze assessment_bbv_test").update();
        report.append(String.format(
                "set-up: %,d clients, %,d outcome records at %d providers in %.1f s (not timed)%n",
                clients, records, providers, (System.nanoTime() - t) / 1e9));

        String yaml = ContractFixtures.replace(
                ContractFixtures.replace(
                        ContractFixtures.example("BENCH-MEASURE-" + codes.get(0), "ACTIVE", "X"),
                        "  practiceCodes: [X]",
                        "  practiceCodes: [" + codes.get(0) + "]"),
                "rules:\n",
                "rules:\n" + RULES);
        UUID contract =
                as(() -> contracts.importDocument("bench-measure.yaml", yaml)).id();
        Statement last = null;
        long[] nanos = new long[repeats];
        for (int i = -1; i < repeats; i++) {
            long started = System.nanoTime();
            last = as(() -> runs.run(contract, MARCH));
            if (i >= 0) {
                nanos[i] = System.nanoTime() - started;
            }
        }
        Latencies run = new Latencies(nanos);
        UUID snapshot = last.snapshotId().value();
        long[] fromSnapshot = new long[repeats];
        for (int i = -1; i < repeats; i++) {
            long started = System.nanoTime();
            last = as(() -> runs.runFromSnapshot(contract, MARCH, snapshot));
            if (i >= 0) {
                fromSnapshot[i] = System.nanoTime() - started;
            }
        }
        Latencies reading = new Latencies(fromSnapshot);
        Map<String, Long> linesByRule =
                last.lines().stream().collect(Collectors.groupingBy(PaymentLine::rule, Collectors.counting()));
        long measureRows = jdbc.sql("select count(*) from contract_evidence_measure where snapshot_id = :id")
                .param("id", last.snapshotId().value())
                .query(Long.class)
                .single();
        report.append(String.format(
                "March 2017 run of one practice's contract over its snapshot (PaymentRuns.runFromSnapshot: read April"
                        + " to March, compute, store), %,d lines (%s): median %s, max %s (x%d after one warm-up;"
                        + " target under 2 s)%n",
                last.lines().size(),
                linesByRule,
                Latencies.millis(reading.percentileMillis(50)),
                Latencies.millis(reading.maxMillis()),
                repeats));
        report.append(String.format(
                "The same with a new snapshot of the whole database (PaymentRuns.run: snapshot of %,d measure events"
                        + " of all %d practices, read, compute, store): median %s, max %s (x%d after one warm-up)%n",
                measureRows,
                providers,
                Latencies.millis(run.percentileMillis(50)),
                Latencies.millis(run.maxMillis()),
                repeats));
        int counted = currentUsers.actingAs(
                new CurrentUser(
                        UUID.randomUUID(), "bench-manager", "Manager", organisations.get(0), Set.of(Role.TEAM_MANAGER)),
                () -> cohorts.between(MARCH.atDay(1), MARCH.atEndOfMonth(), organisations.get(0)).stream()
                        .flatMap(row -> row.measures().stream())
                        .filter(m -> m.measure().name().equals("PHQ9_RELIABLE_IMPROVEMENT"))
                        .mapToInt(MeasureCount::numerator)
                        .sum());
        long paid = last.lines().stream()
                .filter(line -> line.rule().equals("PHQ-9 improvement")
                        && line.forMonth().equals(MARCH))
                .count();
        report.append(String.format(
                "PHQ-9 improvement paid for March 2017: %,d clients; cohort outcomes count %,d for March%n",
                paid, counted));
        report.append("====\n");
        System.out.print(report);
        if (paid != counted) {
            throw new AssertionError("The payment and the cohort outcomes disagree: " + paid + " and " + counted);
        }
    }

    private <T> T as(Supplier<T> work) {
        return currentUsers.actingAs(commissioner, work);
    }
}
