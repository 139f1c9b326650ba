package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each snapshot's intervention rows are a table of their own on PostgreSQL, indexed after they are written and
 * attached as the snapshot's partition of {@code contract_evidence_intervention} in the snapshot's transaction
 * (ADR 0019); a recorded snapshot's table is created by its select and then given the evidence table's checks and
 * {@code not null} columns (ADR 0021). On H2 they go into the one table. Readers see the same rows either way.
 */
@IntegrationTest
class EvidencePartitionsIntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2017, 3, 31);

    @Autowired
    EvidenceSnapshots snapshots;

    @Autowired
    NdtmsActivityFile files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void eachSnapshotIsAPartitionWithTheEvidenceIndexesBuiltAfterItsRows() throws Exception {
        String client = UUID.randomUUID().toString();
        EvidenceSnapshot loaded =
                files.load("partition.csv", new StringReader("""
                CLIENTID,EPISODID,AGNCY,TRIAGED,MODST,MODEND,DISD,DISRSN
                %1$s,E1,N0001,01/04/2016,01/04/2016,,,
                %1$s,E2,N0001,02/04/2016,02/04/2016,30/06/2016,30/06/2016,80
                """.formatted(client)), AS_OF, "Partition");
        EvidenceSnapshot recorded = snapshots.takeFromRecords(AS_OF, "Partition, recorded");

        assertThat(rowsOf(loaded.id())).isEqualTo(2).isEqualTo(loaded.rowCount());
        assertThat(rowsOf(recorded.id())).isEqualTo(recorded.rowCount());
        if (!postgres()) {
            return;
        }
        for (EvidenceSnapshot snapshot : List.of(loaded, recorded)) {
            String partition = "contract_evidence_p_" + snapshot.id().toString().replace("-", "");
            assertThat(jdbc.sql("""
                    select pg_get_expr(c.relpartbound, c.oid) from pg_inherits h join pg_class c on c.oid = h.inhrelid
                     where h.inhparent = cast('contract_evidence_intervention' as regclass)
                       and c.relname = :partition
                    """)
                            .param("partition", partition)
                            .query(String.class)
                            .single())
                    .as("the snapshot's partition and its bound")
                    .isEqualTo("FOR VALUES IN ('" + snapshot.id() + "')");
            assertThat(jdbc.sql("""
                    select i.relname from pg_index x join pg_class i on i.oid = x.indexrelid
                     join pg_inherits h on h.inhrelid = x.indexrelid
                     where x.indrelid = cast(:partition as regclass) order by 1
                    """)
                            .param("partition", partition)
                            .query(String.class)
                            .list())
                    .as("the indexes built after the rows, each attached to the evidence table's own")
                    .containsExactly(
                            partition + "_agency", partition + "_client", partition + "_operating", partition + "_pk");
            assertThat(jdbc.sql("""
                    select conname from pg_constraint where conrelid = cast(:partition as regclass) and contype = 'c'
                     order by 1
                    """)
                            .param("partition", partition)
                            .query(String.class)
                            .list())
                    .as(
                            "the evidence table's checks, and that every row is the snapshot's (ADR 0021 for a recorded one)")
                    .containsExactly(
                            "ck_contract_evidence_dates", "ck_contract_evidence_discharge", partition + "_snapshot");
            assertThat(notNullColumns(partition)).isEqualTo(notNullColumns("contract_evidence_intervention"));
        }
    }

    @Test
    void aRefusedFileLeavesNoTableBehind() throws Exception {
        long tables = postgres() ? evidenceTables() : 0;
        ActivityFileRejected refused = catchThrowableOfType(
                ActivityFileRejected.class, () -> files.load("refused.csv", new StringReader("""
                CLIENTID,EPISODID,AGNCY,TRIAGED,MODST,MODEND,DISD,DISRSN
                C1,E1,N0001,not a day,01/04/2016,,,
                """), AS_OF, "Refused"));

        assertThat(refused).isNotNull();
        if (postgres()) {
            assertThat(evidenceTables()).isEqualTo(tables);
        }
    }

    private List<String> notNullColumns(String table) {
        return jdbc.sql("""
                select attname from pg_attribute
                 where attrelid = cast(:table as regclass) and attnum > 0 and not attisdropped and attnotnull
                 order by attnum
                """).param("table", table).query(String.class).list();
    }

    private long evidenceTables() {
        return jdbc.sql(
                        "select count(*) from pg_class where relname like 'contract\\_evidence\\_p\\_%' and relkind = 'r'")
                .query(Long.class)
                .single();
    }

    private boolean postgres() throws Exception {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }

    private int rowsOf(UUID snapshot) {
        return jdbc.sql("select count(*) from contract_evidence_intervention where snapshot_id = :id")
                .param("id", snapshot)
                .query(Integer.class)
                .single();
    }
}
