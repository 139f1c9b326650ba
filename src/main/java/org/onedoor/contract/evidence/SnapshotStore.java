package org.onedoor.contract.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Snapshot headers. A snapshot is opened and its row count set inside the transaction that writes its rows; after
 * commit nothing here changes it, and there is no delete. On PostgreSQL the transaction that writes a snapshot sorts
 * and joins in memory ({@link #bulkLoading}), and refreshes the planner's statistics of the evidence tables before it
 * commits ({@link #close(UUID, int)}): the payment run that follows reads the new rows at once, and with the old
 * statistics PostgreSQL takes a new snapshot for an empty one (estimated at one row) and scans all of it once per
 * completion to find the client's return (docs/performance.md, Payment runs). On PostgreSQL a snapshot's intervention
 * rows go into a table of their own ({@link #table}), attached as the snapshot's partition when it is closed
 * ({@link EvidencePartitions}, ADR 0019).
 */
@Component
class SnapshotStore {

    /** Rows sampled per statistics unit: 20 samples 6,000 rows, enough for snapshots, agencies and dates. */
    private static final int STATISTICS_TARGET = 20;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final EvidencePartitions partitions;
    private final boolean postgres;

    SnapshotStore(
            JdbcClient jdbc,
            JdbcTemplate template,
            Clock clock,
            CurrentUsers currentUsers,
            EvidencePartitions partitions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.partitions = partitions;
        String product = template.execute(
                (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        this.postgres = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** Lets the rest of this transaction sort and hash a national snapshot in memory instead of on disk. */
    void bulkLoading() {
        if (postgres) {
            jdbc.sql("set local work_mem = '256MB'").update();
        }
    }

    /** Opens a snapshot whose intervention rows are then written into {@link #table}. */
    UUID open(EvidenceSource source, LocalDate asOf, String description) {
        UUID id = header(source, asOf, description);
        partitions.open(id);
        return id;
    }

    /**
     * Opens a snapshot whose intervention rows are then written by one statement, {@link #writeAs} followed by a
     * {@code select} of the evidence table's columns.
     */
    UUID openForSelect(EvidenceSource source, LocalDate asOf, String description) {
        return header(source, asOf, description);
    }

    /** The start of the one statement that writes the rows of a snapshot opened by {@link #openForSelect}. */
    String writeAs(UUID id, String columns) {
        return partitions.writeAs(id, columns);
    }

    private UUID header(EvidenceSource source, LocalDate asOf, String description) {
        if (description.isBlank() || description.length() > 500) {
            throw new IllegalArgumentException("Describe the snapshot in 1 to 500 characters");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into contract_evidence_snapshot (id, source, taken_at, taken_by, as_of, description, row_count)
                values (:id, :source, :takenAt, :takenBy, :asOf, :description, 0)
                """)
                .param("id", id)
                .param("source", source.name())
                .param("takenAt", DbTime.toDb(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .param("takenBy", currentUsers.actorName())
                .param("asOf", asOf)
                .param("description", description.strip())
                .update();
        return id;
    }

    /** The table an open snapshot's intervention rows are written into. */
    String table(UUID id) {
        return partitions.table(id);
    }

    /** Counts the rows written and records the count: the last write of the snapshot's transaction. */
    EvidenceSnapshot close(UUID id) {
        return close(
                id,
                jdbc.sql("select count(*) from " + table(id) + " where snapshot_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single());
    }

    /**
     * Records the count of rows written; on PostgreSQL indexes the snapshot's rows and attaches them as its partition,
     * and refreshes the statistics the next reads plan with.
     */
    EvidenceSnapshot close(UUID id, int rows) {
        jdbc.sql("update contract_evidence_snapshot set row_count = :rows where id = :id")
                .param("id", id)
                .param("rows", rows)
                .update();
        partitions.close(id, STATISTICS_TARGET);
        if (postgres) {
            jdbc.sql("analyze contract_evidence_contact").update();
        }
        return find(id).orElseThrow();
    }

    Optional<EvidenceSnapshot> find(UUID id) {
        return jdbc.sql("""
                select id, source, taken_at, taken_by, as_of, description, row_count
                  from contract_evidence_snapshot where id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new EvidenceSnapshot(
                        rs.getObject(1, UUID.class),
                        EvidenceSource.valueOf(rs.getString(2)),
                        DbTime.instant(rs, 3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getInt(7)))
                .optional();
    }
}
