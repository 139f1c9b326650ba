package org.onedoor.contract.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
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
 * Statements are approved in month order without gaps; late figures for the last month of a financial year are
 * trued up in April; a re-presentation window longer than eleven months still finds its completion.
 */
@IntegrationTest
class ApprovalOrderAndLateDataIntegrationTest {

    private final CurrentUser commissioner = new CurrentUser(
            UUID.randomUUID(), "order-commissioner", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));

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
    void monthsAreApprovedInOrderFromTheFirstStatementWithNoMonthLeftOut() {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2016-04-05", null, null);
        UUID contract =
                contract(ContractFixtures.example(ContractFixtures.uniqueReference(), "ACTIVE", recorded.practiceCode));
        clock.setDate(LocalDate.of(2016, 8, 2));
        Statement may = as(() -> runs.run(contract, YearMonth.of(2016, 5)));
        Statement june = as(() -> runs.run(contract, YearMonth.of(2016, 6)));

        assertThatThrownBy(() -> as(() -> runs.approve(june.id().value())))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageEndingWith("Approve 2016-05 first: " + may.contractReference() + "'s statements are"
                        + " approved in month order from its first statement (2016-05), and 2016-05 is still a draft");
        as(() -> runs.approve(may.id().value()));
        as(() -> runs.approve(june.id().value()));

        Statement august = as(() -> {
            clock.setDate(LocalDate.of(2016, 9, 2));
            return runs.run(contract, YearMonth.of(2016, 8));
        });
        assertThatThrownBy(() -> as(() -> runs.approve(august.id().value())))
                .hasMessageEndingWith("and 2016-07 has not been run yet");
        as(() -> runs.approve(
                as(() -> runs.run(contract, YearMonth.of(2016, 7))).id().value()));
        assertThat(as(() -> runs.approve(august.id().value())).status()).isEqualTo(StatementStatus.APPROVED);
    }

    @Test
    void lateFiguresForMarchAreAdjustedInTheNextFinancialYearsApril() {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        for (int n = 0; n < 3; n++) {
            recorded.client("2016-04-05", null, null);
        }
        UUID contract =
                contract(ContractFixtures.example(ContractFixtures.uniqueReference(), "ACTIVE", recorded.practiceCode));
        clock.setDate(LocalDate.of(2017, 4, 3));
        YearMonth march = YearMonth.of(2017, 3);
        Statement approved =
                as(() -> runs.approve(as(() -> runs.run(contract, march)).id().value()));
        // 36 client-months to date = £1,200.00, less 33 to February = £1,100.00.
        assertThat(approved.lines().get(0).amount()).isEqualTo(money("100.00"));

        recorded.client("2017-03-10", null, null);
        clock.setDate(LocalDate.of(2017, 5, 2));
        Statement april = as(() -> runs.run(contract, YearMonth.of(2017, 4)));

        // March recomputed: 37 client-months = £1,233.33, less £1,100.00 = £133.33 against £100.00 approved.
        assertThat(april.adjustments())
                .extracting(PaymentLine::month, PaymentLine::forMonth, PaymentLine::rule, PaymentLine::amount)
                .containsExactly(tuple(YearMonth.of(2017, 4), march, "Output payment", money("33.33")));
        assertThat(april.adjustments().get(0).description())
                .isEqualTo("Adjustment for 2017-03: output payment"
                        + " recomputed £133.33, approved £100.00, difference £33.33");
    }

    @Test
    void aThirteenMonthWindowFindsACompletionFromBeforeTheRollingYear() {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2016-04-04", "2016-04-20", "80");
        String yaml = ContractFixtures.replace(
                ContractFixtures.example(ContractFixtures.uniqueReference(), "ACTIVE", recorded.practiceCode),
                "windowMonths: 6",
                "windowMonths: 13");
        UUID contract = contract(yaml);
        clock.setDate(LocalDate.of(2017, 6, 2));

        Statement may = as(() -> runs.run(contract, YearMonth.of(2017, 5)));

        // Discharged 20 April 2016: the 13-month window ends 20 May 2017, so stage 2 is due on 21 May.
        assertThat(may.lines())
                .filteredOn(line -> line.rule().equals("Payment by outcomes"))
                .extracting(PaymentLine::amount, line -> line.description().startsWith("Stage 2"))
                .containsExactly(tuple(money("180.00"), true));
    }

    private UUID contract(String yaml) {
        return as(() -> contracts.importDocument("nel.yaml", yaml)).id();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private <T> T as(Supplier<T> work) {
        return currentUsers.actingAs(commissioner, work);
    }
}
