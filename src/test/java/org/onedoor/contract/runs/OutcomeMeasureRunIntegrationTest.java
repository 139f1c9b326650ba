package org.onedoor.contract.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.onedoor.assessment.OutcomeFixtures.phq9;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.assessment.Recorded;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.ContractVersion;
import org.onedoor.contract.store.Contracts;
import org.onedoor.contract.whatif.Scenario;
import org.onedoor.contract.whatif.ScenarioComparison;
import org.onedoor.contract.whatif.WhatIf;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 item 4 end to end: outcome records entered at a GP practice are paid by an outcome-measure rule in the
 * month the evidence first shows the measure, once per client and episode; a review voided after its month was
 * approved leaves the measure out of the next snapshot, so the month is restated and the next statement carries the
 * adjustment (A13). The what-if pays the contract's own rules from the same evidence.
 */
@IntegrationTest
class OutcomeMeasureRunIntegrationTest {

    private static final String RULE = """
              - kind: OUTCOME_MEASURE
                name: PHQ-9 improvement
                from: 2016-04
                measure: PHQ9_RELIABLE_IMPROVEMENT
                amountPerClient: 50.00
            """;

    private final CurrentUser commissioner = new CurrentUser(
            UUID.randomUUID(), "measure-commissioner", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));

    private final CurrentUser admin =
            new CurrentUser(UUID.randomUUID(), "measure-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    PaymentRuns runs;

    @Autowired
    Contracts contracts;

    @Autowired
    WhatIf whatIf;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    OutcomeRecording recording;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMeasureIsPaidOnceInTheMonthItIsFirstShownAndAVoidIsAdjustedInTheNextStatement() {
        String practiceCode = "Y" + String.format("%05d", new Random().nextInt(100000));
        CurrentUser worker = practiceWorker(practiceCode);
        clock.setDate(LocalDate.of(2016, 8, 2));
        UUID first = client(worker);
        UUID episode = UUID.randomUUID();
        record(worker, first, "START", LocalDate.of(2016, 1, 11), episode, 15);
        Recorded july = record(worker, first, "REVIEW", LocalDate.of(2016, 7, 11), episode, 8);
        record(worker, first, "REVIEW", LocalDate.of(2016, 7, 25), episode, 7);
        UUID second = client(worker);
        UUID other = UUID.randomUUID();
        record(worker, second, "START", LocalDate.of(2016, 2, 1), other, 12);
        UUID contract = as(() -> contracts.importDocument(
                        "measure.yaml",
                        ContractFixtures.replace(
                                ContractFixtures.example(ContractFixtures.uniqueReference(), "ACTIVE", practiceCode),
                                "rules:\n",
                                "rules:\n" + RULE)))
                .id();

        Statement julyStatement = as(() -> runs.run(contract, YearMonth.of(2016, 7)));
        assertThat(measureLines(julyStatement))
                .extracting(PaymentLine::forMonth, PaymentLine::amount)
                .containsExactly(tuple(YearMonth.of(2016, 7), money("50.00")));
        assertThat(measureLines(julyStatement).get(0).description())
                .startsWith("Outcome measure: reliable improvement on PHQ-9 at the 6-month review"
                        + " (evidence shows it 2016-07-11): £50.00 paid");
        ContractVersion version = as(() -> contracts.versionFor(contract, YearMonth.of(2016, 7)));
        ScenarioComparison whatIfJuly = as(() -> whatIf.compare(
                julyStatement.snapshotId().value(),
                YearMonth.of(2016, 4),
                YearMonth.of(2016, 7),
                version.document().evidence(),
                List.of(new Scenario(
                        "As contracted",
                        "The contract's own rules",
                        version.document().rules()))));
        assertThat(whatIfJuly.scenario("As contracted").totalOf("PHQ-9 improvement"))
                .isEqualTo(money("50.00"));
        as(() -> runs.approve(julyStatement.id().value()));

        clock.setDate(LocalDate.of(2016, 9, 2));
        record(worker, second, "REVIEW", LocalDate.of(2016, 8, 1), other, 5);
        currentUsers.actingAs(worker, () -> {
            recording.voidRecord(first, july.id(), "Entered in error");
            return null;
        });
        Statement august = as(() -> runs.run(contract, YearMonth.of(2016, 8)));

        assertThat(measureLines(august))
                .extracting(PaymentLine::forMonth, PaymentLine::amount)
                .containsExactly(tuple(YearMonth.of(2016, 8), money("50.00")));
        // The first void: the first client's 6-month review is now 25 July (7 from 15), still July, still paid once.
        assertThat(august.adjustments())
                .filteredOn(l -> l.rule().equals("PHQ-9 improvement"))
                .isEmpty();

        clock.setDate(LocalDate.of(2016, 10, 3));
        as(() -> runs.approve(august.id().value()));
        currentUsers.actingAs(worker, () -> {
            recording.voidRecord(first, lastReview(first), "Entered in error");
            return null;
        });
        Statement september = as(() -> runs.run(contract, YearMonth.of(2016, 9)));
        assertThat(september.adjustments())
                .filteredOn(l -> l.rule().equals("PHQ-9 improvement"))
                .extracting(PaymentLine::forMonth, PaymentLine::amount)
                .containsExactly(tuple(YearMonth.of(2016, 7), money("-50.00")));
    }

    private final Map<UUID, UUID> latest = new HashMap<>();

    private UUID lastReview(UUID client) {
        return latest.get(client);
    }

    private static List<PaymentLine> measureLines(Statement statement) {
        return statement.lines().stream()
                .filter(line -> line.rule().equals("PHQ-9 improvement"))
                .toList();
    }

    private CurrentUser practiceWorker(String practiceCode) {
        UUID practice = currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                        .ods(practiceCode)
                        .listSize(4000)
                        .activeFrom(LocalDate.of(2015, 4, 1))
                        .build()));
        return new CurrentUser(UUID.randomUUID(), "measure-worker", "Worker", practice, Set.of(Role.RECOVERY_WORKER));
    }

    private UUID client(CurrentUser worker) {
        return currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named(
                        "Sam",
                        "Measure" + UUID.randomUUID().toString().substring(0, 6),
                        LocalDate.of(1979, 3, 4),
                        Sex.MALE)));
    }

    private Recorded record(CurrentUser worker, UUID client, String stage, LocalDate on, UUID episode, int score) {
        Map<String, String> answers = phq9(score, 0);
        Recorded recorded = currentUsers.actingAs(
                worker,
                () -> recording.record(client, new NewOutcome("phq9", null, stage, on, episode, answers, false)));
        if (stage.equals("REVIEW")) {
            latest.put(client, recorded.id());
        }
        return recorded;
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private <T> T as(Supplier<T> work) {
        return currentUsers.actingAs(commissioner, work);
    }
}
