package org.onedoor.contract.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.client.ClientImport;
import org.onedoor.contract.evidence.EvidenceSnapshots;
import org.onedoor.contract.examples.ExampleActivity.Practice;
import org.onedoor.contract.runs.PaymentLine;
import org.onedoor.contract.runs.PaymentRuns;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.runs.StatementStatus;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.Contracts;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each worked example of domain reference 11.9 paid end to end from treatment recorded in OneDoor: the activity
 * recorded once for all of them (bulk imports), one evidence snapshot of the records as of 31 March 2017; then for
 * each example its contract document imported, activated, every month of 2016/17 run from that snapshot and
 * approved, and the approved statements' year checked against the reference's figures.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkedExamplesRecordedIntegrationTest {

    private final CurrentUser commissioner = new CurrentUser(
            UUID.randomUUID(), "examples-commissioner", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));

    @Autowired
    Directory directory;

    @Autowired
    ClientImport clients;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    EvidenceSnapshots snapshots;

    @Autowired
    Contracts contracts;

    @Autowired
    PaymentRuns runs;

    private Map<Practice, String> practiceCodes;
    private UUID snapshot;

    @BeforeAll
    void recordTheActivity() {
        practiceCodes =
                new RecordedExamples(directory, clients, treatment, currentUsers).record(ExampleActivity.clients());
        snapshot = as(() -> snapshots.takeFromRecords(LocalDate.of(2017, 3, 31), "Worked examples 2016/17"))
                .id();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.onedoor.contract.examples.WorkedExamples#all")
    void approvedStatementsPayTheWorkedExample(WorkedExample example) {
        String reference = ContractFixtures.uniqueReference();
        UUID contract = as(() ->
                        contracts.importDocument("nel.yaml", example.contract(reference, "DRAFT", practiceCodes)))
                .id();
        as(() -> contracts.activate(contract));

        List<PaidYear.Line> paid = new ArrayList<>();
        for (YearMonth month = PaidYear.APRIL; month.isBefore(YearMonth.of(2017, 4)); month = month.plusMonths(1)) {
            YearMonth run = month;
            Statement draft = as(() -> runs.runFromSnapshot(contract, run, snapshot));
            Statement approved = as(() -> runs.approve(draft.id().value()));
            assertThat(approved.status()).isEqualTo(StatementStatus.APPROVED);
            for (PaymentLine line : approved.lines()) {
                assertThat(line.kind())
                        .as("one snapshot for the year: nothing to adjust")
                        .isEqualTo(PaymentLine.Kind.PAYMENT);
                paid.add(new PaidYear.Line(line.month(), line.rule(), line.quantity(), line.rate(), line.amount()));
            }
        }
        example.check(new PaidYear("Approved statements of " + reference, paid));
    }

    private <T> T as(Supplier<T> work) {
        return currentUsers.actingAs(commissioner, work);
    }
}
