package org.onedoor.contract.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.Contracts;
import org.onedoor.ndtms.ImportedBy;
import org.onedoor.ndtms.NdtmsImport;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17 items 6 and 8 end to end: a provider on another system sends its monthly NDTMS file; the payment run for
 * the contract counting its agency pays its clients per month and its completions as for the live record, and
 * releases the quality withhold on C19c measured for the agency, frozen with the snapshot: a newer file changes the
 * next snapshot's value, never the one the first run froze. Importing the same file again changes nothing.
 */
@IntegrationTest
class MeasuredWithholdRunIntegrationTest {

    private static final String HEADER = "AGNCY,CLIENTID,FINITIAL,SINITIAL,DOB,SEX,EPISODID,CONSENT,REFLD,TRIAGED,"
            + "DISD,DISRSN,DRUG1,MODID,MODAL,REFMODDT,FAOMODDT,MODST,MODEND,MODEXIT\n";

    private static final String WITHHOLD = """
              - kind: QUALITY_WITHHOLD
                name: Quality withhold
                from: 2016-04
                percent: 2.5
                appliesTo: [Output payment]
                releaseMonth: MARCH
                kpis:
                  - { indicator: C19c, threshold: 30, direction: AT_LEAST, sharePercent: 100 }
            """;

    private final CurrentUser commissioner = new CurrentUser(
            UUID.randomUUID(), "withhold-commissioner", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));

    @Autowired
    PaymentRuns runs;

    @Autowired
    Contracts contracts;

    @Autowired
    NdtmsImport ndtms;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private final String agency =
            "W" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
    private final int born = 1950 + new java.util.Random().nextInt(40);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void importedClientsArePaidAndTheWithholdIsJudgedOnFrozenIndicators() {
        clock.setDate(LocalDate.of(2017, 4, 3));
        String first = file(null);
        load("first.csv", first);
        UUID contract =
                as(() -> contracts.importDocument("withhold.yaml", document())).id();

        Statement september = as(() -> runs.run(contract, YearMonth.of(2016, 9)));
        assertThat(lines(september, "Output payment").get(0).quantity())
                .as("four clients in treatment in September, all from the file")
                .isEqualByComparingTo("4");
        assertThat(lines(september, "Payment by outcomes"))
                .extracting(PaymentLine::amount)
                .contains(new BigDecimal("180.00"));

        Statement march = as(() -> runs.run(contract, YearMonth.of(2017, 3)));
        PaymentLine release = release(march);
        assertThat(release.description())
                .startsWith("C19c Successful completion of alcohol treatment (PHOF C19c) 25.0% (1 of 4,"
                        + " 2016-04..2017-03, provisional) — target at least 30%: missed;");
        assertThat(release.amount()).isEqualByComparingTo("0.00");

        load("second.csv", file("15/11/2016"));
        Statement again = as(() -> runs.runFromSnapshot(
                contract, YearMonth.of(2017, 3), march.snapshotId().value()));
        assertThat(release(again).description())
                .as("the snapshot's frozen value, not the newer file's")
                .isEqualTo(release.description());

        Statement fresh = as(() -> runs.run(contract, YearMonth.of(2017, 3)));
        assertThat(release(fresh).description())
                .startsWith("C19c Successful completion of alcohol treatment (PHOF C19c) 50.0% (2 of 4,")
                .contains("target at least 30%: met;");
        assertThat(release(fresh).amount()).isPositive();

        load("second-again.csv", file("15/11/2016"));
        Statement same = as(() -> runs.run(contract, YearMonth.of(2017, 3)));
        assertThat(agencyRows(same)).isEqualTo(agencyRows(fresh)).isEqualTo(5);
        assertThat(same.lines())
                .extracting(PaymentLine::description)
                .containsExactlyElementsOf(
                        fresh.lines().stream().map(PaymentLine::description).toList());
    }

    /** Four alcohol-only adults: one completes in September; with {@code secondDone}, another completes then. */
    private String file(String secondDone) {
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append(row("C1", "01/05/2016", "30/09/2016", "80"));
        csv.append(row("C2", "01/06/2016", secondDone, secondDone == null ? null : "80"));
        csv.append(row("C3", "01/07/2016", null, null));
        csv.append(row("C4", "10/04/2016", null, null));
        // A refused consent: only the agency, client and consent; it takes no part.
        csv.append(agency).append(",C5,,,,,,N,,,,,,,,,,,,\n");
        // A second intervention of C4's episode, ended: two rows of one episode.
        csv.append(String.join(
                        ",",
                        agency,
                        "C4",
                        "A",
                        "D",
                        "04/02/" + born,
                        "1",
                        "EC4",
                        "Y",
                        "10/04/2016",
                        "10/04/2016",
                        "",
                        "",
                        "7000",
                        "MC4b",
                        "11",
                        "10/04/2016",
                        "10/04/2016",
                        "11/04/2016",
                        "30/04/2016",
                        "A"))
                .append('\n');
        return csv.toString();
    }

    private String row(String client, String triaged, String discharged, String reason) {
        return String.join(
                        ",",
                        agency,
                        client,
                        "A",
                        client.equals("C1") ? "B" : client.equals("C2") ? "C" : client.equals("C3") ? "E" : "D",
                        "04/02/" + born,
                        "1",
                        "E" + client,
                        "Y",
                        triaged,
                        triaged,
                        discharged == null ? "" : discharged,
                        reason == null ? "" : reason,
                        "7000",
                        "M" + client,
                        "11",
                        triaged,
                        triaged,
                        triaged,
                        discharged == null ? "" : discharged,
                        discharged == null ? "" : "A")
                + "\n";
    }

    private void load(String name, String csv) {
        ndtms.load(name, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), new ImportedBy("test"));
    }

    private String document() {
        String example = ContractFixtures.example(ContractFixtures.uniqueReference(), "ACTIVE", "Y00000");
        String byAgency =
                ContractFixtures.replace(example, "  practiceCodes: [Y00000]", "  agencyCodes: [" + agency + "]");
        return ContractFixtures.replace(byAgency, "rules:\n", "rules:\n" + WITHHOLD);
    }

    private static List<PaymentLine> lines(Statement statement, String rule) {
        return statement.lines().stream().filter(l -> l.rule().equals(rule)).toList();
    }

    private static PaymentLine release(Statement statement) {
        return statement.lines().stream()
                .filter(l ->
                        l.rule().equals("Quality withhold") && l.description().startsWith("C19c"))
                .findFirst()
                .orElseThrow();
    }

    private long agencyRows(Statement statement) {
        return jdbc.sql(
                        "select count(*) from contract_evidence_intervention where snapshot_id = :id and agency_code = :a")
                .param("id", statement.snapshotId().value())
                .param("a", agency)
                .query(Long.class)
                .single();
    }

    private <T> T as(Supplier<T> work) {
        return currentUsers.actingAs(commissioner, work);
    }
}
