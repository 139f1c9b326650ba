package org.onedoor.contract.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.springframework.security.access.AccessDeniedException;

/**
 * The worked example (docs/examples/nel-2016.yaml) paid from treatment recorded in OneDoor: a month run over a
 * snapshot, re-run from the same snapshot, approved once and then frozen; a late-recorded intervention for an
 * approved month paid as an adjustment in the next month with both figures shown.
 */
@IntegrationTest
class PaymentRunIntegrationTest {

    private final CurrentUser commissioner = new CurrentUser(
            UUID.randomUUID(), "runs-commissioner", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));

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
    void aMonthIsPaidFromRecordedTreatmentApprovedOnceAndLateDataIsAdjustedInTheNextMonth() {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2016-04-05", "2016-05-20", "80");
        recorded.client("2016-04-05", null, null);
        recorded.client("2016-04-11", null, null);
        UUID contract = as(() -> contracts.importDocument(
                        "nel.yaml",
                        ContractFixtures.example(ContractFixtures.uniqueReference(), "ACTIVE", recorded.practiceCode)))
                .id();
        YearMonth may = YearMonth.of(2016, 5);

        clock.setDate(LocalDate.of(2016, 5, 31));
        assertThatThrownBy(() -> as(() -> runs.run(contract, may)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("2016-05 has not ended (today is 2016-05-31): run it from 2016-06-01");

        clock.setDate(LocalDate.of(2016, 6, 3));
        Statement first = as(() -> runs.run(contract, may));
        // April 3 clients and May 3: 6 client-months x £33⅓ = £200.00 to date, less April's £100.00.
        assertThat(first.lines())
                .extracting(PaymentLine::rule, PaymentLine::kind, PaymentLine::quantity, PaymentLine::amount)
                .containsExactly(
                        tuple("Output payment", PaymentLine.Kind.PAYMENT, new BigDecimal("3.000000"), money("100.00")),
                        tuple(
                                "Payment by outcomes",
                                PaymentLine.Kind.PAYMENT,
                                new BigDecimal("1.000000"),
                                money("180.00")),
                        tuple(
                                "CCG staffing and admin",
                                PaymentLine.Kind.PAYMENT,
                                new BigDecimal("1.000000"),
                                money("9710.41")));
        assertThat(first.total()).isEqualTo(money("9990.41"));
        assertThat(first.status()).isEqualTo(StatementStatus.DRAFT);
        assertThat(first.lines().get(0).rate()).isEqualTo(new BigDecimal("33.333333"));
        assertThat(first.lines().get(1).evidence()).hasSize(2);

        Statement again =
                as(() -> runs.runFromSnapshot(contract, may, first.snapshotId().value()));
        assertThat(again.runs()).isEqualTo(2);
        assertThat(again.snapshotId()).isEqualTo(first.snapshotId());
        assertThat(again.lines()).isEqualTo(first.lines());

        Statement approved = as(() -> runs.approve(first.id().value()));
        assertThat(approved.status()).isEqualTo(StatementStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("runs-commissioner");
        assertThat(approved.approvedAt()).isNotNull();
        assertThatThrownBy(() -> as(() -> runs.approve(first.id().value())))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("was approved by runs-commissioner")
                .hasMessageContaining("cannot be approved" + " again");
        assertThatThrownBy(() -> as(() -> runs.run(contract, may))).hasMessageContaining("cannot be run again");
        assertThatThrownBy(() -> as(() ->
                        runs.runFromSnapshot(contract, may, first.snapshotId().value())))
                .hasMessageContaining("cannot be run again");

        // Recorded late: a fourth client in treatment from 10 May, after May was approved.
        recorded.client("2016-05-10", null, null);
        clock.setDate(LocalDate.of(2016, 7, 4));
        Statement june = as(() -> runs.run(contract, YearMonth.of(2016, 6)));

        // May recomputed: 3 + 4 client-months = £233.33 to date, less April's £100.00 = £133.33 against £100.00 paid.
        // June: 3 clients, 10 client-months to date = £333.33, less £233.33 = £100.00.
        assertThat(june.lines())
                .extracting(
                        PaymentLine::month,
                        PaymentLine::forMonth,
                        PaymentLine::kind,
                        PaymentLine::rule,
                        PaymentLine::amount)
                .containsExactly(
                        tuple(
                                YearMonth.of(2016, 6),
                                YearMonth.of(2016, 6),
                                PaymentLine.Kind.PAYMENT,
                                "Output payment",
                                money("100.00")),
                        tuple(
                                YearMonth.of(2016, 6),
                                YearMonth.of(2016, 6),
                                PaymentLine.Kind.PAYMENT,
                                "CCG staffing and admin",
                                money("9710.42")),
                        tuple(
                                YearMonth.of(2016, 6),
                                may,
                                PaymentLine.Kind.ADJUSTMENT,
                                "Output payment",
                                money("33.33")));
        assertThat(june.adjustments().get(0).description())
                .isEqualTo("Adjustment for 2016-05: output payment"
                        + " recomputed £133.33, approved £100.00, difference £33.33");
        assertThat(june.total()).isEqualTo(money("9843.75"));
        assertThat(as(() -> runs.statementFor(contract, may)).orElseThrow().lines())
                .isEqualTo(approved.lines());

        Statement juneAgain = as(() -> runs.runFromSnapshot(
                contract, YearMonth.of(2016, 6), june.snapshotId().value()));
        assertThat(juneAgain.lines()).isEqualTo(june.lines());
        assertThat(as(() -> runs.statements(contract)))
                .extracting(Statement::month, Statement::status)
                .containsExactly(
                        tuple(may, StatementStatus.APPROVED), tuple(YearMonth.of(2016, 6), StatementStatus.DRAFT));
    }

    @Test
    void aDraftContractIsNotPaidAndOnlyPaymentPrivilegesRunAndApprove() {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        UUID contract = as(() -> contracts.importDocument(
                        "nel.yaml",
                        ContractFixtures.example(ContractFixtures.uniqueReference(), "DRAFT", recorded.practiceCode)))
                .id();
        clock.setDate(LocalDate.of(2016, 6, 3));

        assertThatThrownBy(() -> as(() -> runs.run(contract, YearMonth.of(2016, 5))))
                .hasMessageEndingWith("is a draft: activate it before running its payments");
        as(() -> contracts.activate(contract));
        CurrentUser dataOfficer =
                new CurrentUser(UUID.randomUUID(), "runs-data", "Data", UUID.randomUUID(), Set.of(Role.DATA_OFFICER));
        Statement may = currentUsers.actingAs(dataOfficer, () -> runs.run(contract, YearMonth.of(2016, 5)));
        assertThat(may.lines())
                .extracting(PaymentLine::rule)
                .containsExactly("Output payment", "CCG staffing and admin");
        assertThatThrownBy(() -> currentUsers.actingAs(
                        dataOfficer, () -> runs.approve(may.id().value())))
                .isInstanceOf(AccessDeniedException.class);
        CurrentUser worker = new CurrentUser(
                UUID.randomUUID(), "runs-worker", "Worker", UUID.randomUUID(), Set.of(Role.RECOVERY_WORKER));
        assertThatThrownBy(() -> currentUsers.actingAs(
                        worker, () -> runs.statement(may.id().value())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(() -> runs.run(contract, YearMonth.of(2016, 3))))
                .hasMessageContaining("there is nothing to pay for 2016-03");
    }

    @Test
    void aRuleChangeFromAMonthPaysThatMonthOnAndEarlierApprovedMonthsStayOnTheirVersion() {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2016-04-05", null, null);
        String reference = ContractFixtures.uniqueReference();
        String yaml = ContractFixtures.example(reference, "ACTIVE", recorded.practiceCode);
        UUID contract = as(() -> contracts.importDocument("nel.yaml", yaml)).id();
        clock.setDate(LocalDate.of(2016, 6, 3));
        Statement may = as(() -> runs.approve(
                as(() -> runs.run(contract, YearMonth.of(2016, 5))).id().value()));
        String uplift = yaml.replace("annualAmount: 116525.00", "annualAmount: 120000.00");

        assertThatThrownBy(() ->
                        as(() -> contracts.changeRules(contract, "nel.yaml", uplift, YearMonth.of(2016, 5), "Uplift")))
                .hasMessageContaining("can take effect from 2016-06 at the earliest");
        as(() -> contracts.changeRules(contract, "nel.yaml", uplift, YearMonth.of(2016, 6), "Uplift"));
        clock.setDate(LocalDate.of(2016, 7, 4));
        Statement june = as(() -> runs.run(contract, YearMonth.of(2016, 6)));

        assertThat(may.contractVersion()).isEqualTo(1);
        assertThat(june.contractVersion()).isEqualTo(2);
        // £120,000 in 12 instalments, June the third: £30,000.00 to date less £20,000.00; May stays on version 1.
        assertThat(june.lines())
                .extracting(PaymentLine::rule, PaymentLine::kind, PaymentLine::amount)
                .containsExactly(
                        tuple("Output payment", PaymentLine.Kind.PAYMENT, money("33.33")),
                        tuple("CCG staffing and admin", PaymentLine.Kind.PAYMENT, money("10000.00")));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return currentUsers.actingAs(commissioner, work);
    }
}
