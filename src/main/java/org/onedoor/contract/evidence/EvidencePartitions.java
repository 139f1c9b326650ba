package org.onedoor.contract.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a snapshot's intervention rows are written (ADR 0019). On PostgreSQL each snapshot has a table of its own,
 * {@code contract_evidence_p_<snapshot id without dashes>}: created bare when the snapshot is opened ({@link #open}),
 * written, then given its primary key and indexes (one sorted build each instead of a B-tree descent per row) and
 * attached as the snapshot's list partition of {@code contract_evidence_intervention} when it is closed
 * ({@link #close}), all in the snapshot's transaction. A snapshot written by one {@code select} (recorded treatment)
 * creates its table with it, {@code create table … as select} ({@link #writeAs}), which PostgreSQL may run in
 * parallel workers where an {@code insert … select} runs on one core; the table is then given the evidence table's
 * {@code not null} columns and checks in one pass before it is indexed (ADR 0021). Readers only ever name
 * {@code contract_evidence_intervention}. On H2 there is one table, written directly, as before.
 */
@Component
class EvidencePartitions {

    static final String TABLE = "contract_evidence_intervention";
    private static final String PREFIX = "contract_evidence_p_";

    private final JdbcClient jdbc;
    private final boolean postgres;

    EvidencePartitions(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        String product = template.execute(
                (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        this.postgres = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** The table to write the snapshot's intervention rows into, until it is closed. */
    String table(UUID snapshot) {
        return postgres ? name(snapshot) : TABLE;
    }

    /**
     * Creates the snapshot's table, bare: the columns and checks of the evidence table, and a check that every row
     * is the snapshot's (so attaching it needs no scan to prove it).
     */
    void open(UUID snapshot) {
        if (!postgres) {
            return;
        }
        String table = name(snapshot);
        jdbc.sql("create table %1$s (like %2$s including defaults including constraints,".formatted(table, TABLE)
                        + " constraint %1$s_snapshot check (snapshot_id = '%2$s'))".formatted(table, snapshot))
                .update();
    }

    /**
     * The start of the statement that writes a snapshot's rows from a {@code select} whose columns are named and typed
     * as the evidence table's ({@code columns}, in its order): on PostgreSQL {@code create table … as} the snapshot's
     * table, not opened before (ADR 0021); on H2 an insert into the one table.
     */
    String writeAs(UUID snapshot, String columns) {
        return postgres ? "create table " + name(snapshot) + " as" : "insert into " + TABLE + " (" + columns + ")";
    }

    /**
     * Builds the snapshot table's primary key and indexes, as the evidence table declares them, attaches it as the
     * snapshot's partition and refreshes its planner statistics (the reads that follow at once plan with them).
     */
    void close(UUID snapshot, int statisticsTarget) {
        if (!postgres) {
            return;
        }
        String table = name(snapshot);
        if (!hasSnapshotCheck(table)) {
            conform(table, snapshot);
        }
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        jdbc.sql("alter table %1$s add constraint %1$s_pk primary key (snapshot_id, line_no)".formatted(table))
                .update();
        jdbc.sql("create index %1$s_agency on %1$s (snapshot_id, agency_code, discharged_on)".formatted(table))
                .update();
        jdbc.sql("create index %1$s_client on %1$s (snapshot_id, client_key, triaged_on)".formatted(table))
                .update();
        jdbc.sql("create index %1$s_operating on %1$s (snapshot_id, operating_agency_code)".formatted(table))
                .update();
        jdbc.sql("alter table %s attach partition %s for values in ('%s')".formatted(TABLE, table, snapshot))
                .update();
        jdbc.sql("set local default_statistics_target = " + statisticsTarget).update();
        jdbc.sql("analyze " + table).update();
    }

    private boolean hasSnapshotCheck(String table) {
        return jdbc.sql(
                                "select count(*) from pg_constraint where conrelid = cast(:table as regclass) and conname = :check")
                        .param("table", table)
                        .param("check", table + "_snapshot")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Gives a table written by {@code create table … as} what {@link #open} copies from the evidence table: its
     * {@code not null} columns and its checks, read from the catalogue, and the check that every row is the
     * snapshot's; in one {@code alter table}, so that one pass over the rows checks them all.
     */
    private void conform(String table, UUID snapshot) {
        List<String> changes = new ArrayList<>(
                jdbc.sql("""
                        select 'alter column ' || quote_ident(attname) || ' set not null' from pg_attribute
                         where attrelid = cast(:parent as regclass) and attnum > 0 and not attisdropped and attnotnull
                         order by attnum
                        """).param("parent", TABLE).query(String.class).list());
        changes.addAll(jdbc.sql("""
                        select 'add constraint ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
                          from pg_constraint where conrelid = cast(:parent as regclass) and contype = 'c'
                         order by conname
                        """).param("parent", TABLE).query(String.class).list());
        changes.add("add constraint %s_snapshot check (snapshot_id = '%s')".formatted(table, snapshot));
        jdbc.sql("alter table " + table + " " + String.join(", ", changes)).update();
    }

    private static String name(UUID snapshot) {
        return PREFIX + snapshot.toString().replace("-", "");
    }
}
