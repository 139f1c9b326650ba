package org.onedoor.contract.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.Contracts;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A month end runs many contracts over one snapshot, those choosing their rows by agency code read together, and
 * stores for each the statement a run of that contract alone over the same snapshot gives; one contract that may
 * not be run refuses the whole month end and nothing is stored.
 */
@IntegrationTest
class MonthEndIntegrationTest {

    private final CurrentUser commissioner = new CurrentUser(
            UUID.randomUUID(), "month-end-commissioner", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));

    @Autowired
    MonthEnd monthEnd;

    @Autowired
    PaymentRuns runs;

    @Autowired
    Contracts contracts;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachContractOfAMonthEndIsStoredAsItsOwnRunOverTheSameSnapshotWouldBe() {
        RecordedTreatment north = new RecordedTreatment(directory, registry, treatment, currentUsers);
        north.client("2016-04-05", "2016-05-20", "80");
        north.client("2016-04-11", null, null);
        RecordedTreatment south = new RecordedTreatment(directory, registry, treatment, currentUsers);
        south.client("2016-05-02", null, null);
        UUID byAgencyNorth = contract("ACTIVE", "agencyCodes", north.practiceCode);
        UUID byAgencySouth = contract("ACTIVE", "agencyCodes", south.practiceCode);
        UUID byPractice = contract("ACTIVE", "practiceCodes", north.practiceCode);
        YearMonth may = YearMonth.of(2016, 5);
        clock.setDate(LocalDate.of(2016, 6, 3));

        MonthEndRun run = as(() -> monthEnd.run(List.of(byAgencyNorth, byAgencySouth, byPractice), may));

        assertThat(run.statements())
                .extracting(Statement::contractId)
                .containsExactly(byAgencyNorth, byAgencySouth, byPractice);
        assertThat(run.statements()).allSatisfy(statement -> {
            assertThat(statement.snapshotId().value()).isEqualTo(run.snapshot().id());
            assertThat(statement.runs()).isEqualTo(1);
            assertThat(as(() -> runs.statement(statement.id().value())).lines()).isEqualTo(statement.lines());
        });
        // north: April 2 clients and May 2, one completion in May; south: May 1 client
        assertThat(run.statements().get(0).lines())
                .extracting(PaymentLine::rule)
                .containsExactly("Output payment", "Payment by outcomes", "CCG staffing and admin");
        assertThat(run.statements().get(1).lines())
                .extracting(PaymentLine::rule)
                .containsExactly("Output payment", "CCG staffing and admin");
        for (Statement statement : run.statements()) {
            Statement alone = as(() -> runs.runFromSnapshot(
                    statement.contractId(), may, run.snapshot().id()));
            assertThat(alone.runs()).isEqualTo(2);
            assertThat(alone.lines()).isEqualTo(statement.lines());
        }
        assertThat(run.statements().get(2).lines())
                .isEqualTo(run.statements().get(0).lines());
    }

    @Test
    void oneContractThatMayNotBeRunRefusesTheMonthEndAndNothingIsStored() {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2016-04-05", null, null);
        UUID active = contract("ACTIVE", "agencyCodes", recorded.practiceCode);
        UUID draft = contract("DRAFT", "agencyCodes", recorded.practiceCode);
        YearMonth may = YearMonth.of(2016, 5);
        clock.setDate(LocalDate.of(2016, 6, 3));

        assertThatThrownBy(() -> as(() -> monthEnd.run(List.of(active, draft), may)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageEndingWith("is a draft: activate it before running its payments");
        assertThat(as(() -> runs.statementFor(active, may))).isEmpty();
        assertThatThrownBy(() -> as(() -> monthEnd.run(List.of(), may)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Choose at least one contract to run");
    }

    private UUID contract(String status, String filter, String code) {
        String yaml = ContractFixtures.replace(
                ContractFixtures.example(ContractFixtures.uniqueReference(), status, code),
                "  practiceCodes: [" + code + "]",
                "  settings: [PRIMARY_CARE]\n  " + filter + ": [" + code + "]");
        return as(() -> contracts.importDocument("nel.yaml", yaml)).id();
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return currentUsers.actingAs(commissioner, work);
    }
}
