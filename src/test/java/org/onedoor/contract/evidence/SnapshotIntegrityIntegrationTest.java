package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What keeps evidence rows with their snapshot header now that no foreign key does (ADR 0017): both writers open
 * the header, write the rows under its id and count them in one transaction, and a refused file leaves nothing.
 * The checks run over every snapshot in the database, so they also cover what the other tests wrote.
 */
@IntegrationTest
class SnapshotIntegrityIntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2017, 3, 31);

    @Autowired
    EvidenceSnapshots snapshots;

    @Autowired
    NdtmsActivityFile files;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEvidenceRowHasItsHeaderAndEveryHeaderCountsItsRows() {
        String client = UUID.randomUUID().toString();
        EvidenceSnapshot loaded =
                files.load("integrity.csv", new StringReader("""
                CLIENTID,EPISODID,AGNCY,TRIAGED,MODST,MODEND,DISD,DISRSN
                %1$s,E1,N0001,01/04/2016,01/04/2016,,,
                %1$s,E2,N0001,02/04/2016,02/04/2016,30/06/2016,30/06/2016,80
                """.formatted(client)), AS_OF, "Integrity");
        long headersBefore = headers();
        ActivityFileRejected refused = catchThrowableOfType(
                ActivityFileRejected.class,
                () -> files.load("refused.csv", new StringReader("""
                CLIENTID,EPISODID,AGNCY,TRIAGED,MODST,MODEND,DISD,DISRSN
                %1$s,E1,N0001,01/04/2016,01/04/2016,,,
                %1$s,E2,N0001,not a day,02/04/2016,,,
                """.formatted(client)), AS_OF, "Refused"));
        EvidenceSnapshot recorded = snapshots.takeFromRecords(AS_OF, "Integrity, recorded");

        assertThat(loaded.rowCount()).isEqualTo(2);
        assertThat(refused).isNotNull();
        assertThat(headers()).as("the refused file left no header").isEqualTo(headersBefore + 1);
        assertThat(recorded.rowCount()).isEqualTo(rowsOf(recorded.id()));
        assertThat(jdbc.sql("""
                select count(*) from contract_evidence_intervention i
                 where not exists (select 1 from contract_evidence_snapshot s where s.id = i.snapshot_id)
                """).query(Long.class).single())
                .as("intervention rows without a snapshot header")
                .isZero();
        assertThat(jdbc.sql("""
                select count(*) from contract_evidence_contact c
                 where not exists (select 1 from contract_evidence_snapshot s where s.id = c.snapshot_id)
                """).query(Long.class).single())
                .as("contact rows without a snapshot header")
                .isZero();
        assertThat(jdbc.sql("""
                select count(*) from contract_evidence_snapshot s
                 where s.row_count <> (select count(*) from contract_evidence_intervention i
                                        where i.snapshot_id = s.id)
                """).query(Long.class).single())
                .as("snapshot headers whose row count is not their rows'")
                .isZero();
    }

    @Test
    void evidenceRowsCarryNoForeignKeyToTheirHeaderButPaymentRunsDo() {
        assertThat(foreignKeys("contract_evidence_intervention")).isEmpty();
        assertThat(foreignKeys("contract_evidence_contact")).isEmpty();
        assertThat(foreignKeys("contract_payment_run")).isNotEmpty();
    }

    private List<String> foreignKeys(String table) {
        return jdbc.sql("""
                select constraint_name from information_schema.table_constraints
                 where lower(table_name) = :table and constraint_type = 'FOREIGN KEY'
                """).param("table", table).query(String.class).list();
    }

    private long headers() {
        return jdbc.sql("select count(*) from contract_evidence_snapshot")
                .query(Long.class)
                .single();
    }

    private int rowsOf(UUID snapshot) {
        return jdbc.sql("select count(*) from contract_evidence_intervention where snapshot_id = :id")
                .param("id", snapshot)
                .query(Integer.class)
                .single();
    }
}
