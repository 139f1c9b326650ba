package org.onedoor.contract.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.Contracts;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * report_payment_summary (issue 18 item 1) gives one row per contract, month and rule kind whose amounts add up to
 * the statement's total, with the statement's status as it moves from draft to approved.
 */
@IntegrationTest
class PaymentSummaryViewIntegrationTest {

    private final CurrentUser commissioner = new CurrentUser(
            UUID.randomUUID(), "summary-commissioner", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));

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

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStatementIsSummedByRuleKindWithItsStatus() {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2016-04-05", "2016-05-20", "80");
        recorded.client("2016-04-11", null, null);
        UUID contract = as(() -> contracts.importDocument(
                        "nel.yaml",
                        ContractFixtures.example(ContractFixtures.uniqueReference(), "ACTIVE", recorded.practiceCode)))
                .id();
        clock.setDate(LocalDate.of(2016, 6, 3));
        Statement may = as(() -> runs.run(contract, YearMonth.of(2016, 5)));

        Map<String, BigDecimal> byKind = summary(contract);
        assertThat(byKind).containsOnlyKeys("PER_CLIENT_PER_MONTH", "PAYMENT_BY_OUTCOMES", "BLOCK");
        assertThat(byKind.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(may.total());
        assertThat(byKind.get("PAYMENT_BY_OUTCOMES")).isEqualByComparingTo("180.00");
        assertThat(statuses(contract)).containsExactly("DRAFT");

        as(() -> runs.approve(may.id().value()));

        assertThat(statuses(contract)).containsExactly("APPROVED");
        assertThat(summary(contract)).isEqualTo(byKind);
    }

    private Map<String, BigDecimal> summary(UUID contract) {
        return jdbc
                .sql("""
                select rule_kind, amount from report_payment_summary
                 where contract_id = :contract and pay_month = :month
                """)
                .param("contract", contract)
                .param("month", LocalDate.of(2016, 5, 1))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<String> statuses(UUID contract) {
        return jdbc.sql("select distinct statement_status from report_payment_summary where contract_id = :contract")
                .param("contract", contract)
                .query(String.class)
                .list();
    }

    private <T> T as(Supplier<T> work) {
        return currentUsers.actingAs(commissioner, work);
    }
}
