package org.onedoor.contract.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;

/**
 * Snapshot headers. A snapshot is opened and its row count set inside the transaction that writes its rows; after
 * commit nothing here changes it, and there is no delete.
 */
@Component
class SnapshotStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUsers currentUsers;

    SnapshotStore(JdbcClient jdbc, Clock clock, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUsers = currentUsers;
    }

    UUID open(EvidenceSource source, LocalDate asOf, String description) {
        if (description.isBlank() || description.length() > 500) {
            throw new IllegalArgumentException("Describe the snapshot in 1 to 500 characters");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into contract_evidence_snapshot (id, source, taken_at, taken_by, as_of, description, row_count)
                values (:id, :source, :takenAt, :takenBy, :asOf, :description, 0)
                """).param("id", id).param("source", source.name())
                .param("takenAt", DbTime.toDb(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .param("takenBy", currentUsers.actorName()).param("asOf", asOf).param("description", description.strip())
                .update();
        return id;
    }

    /** Counts the rows written and records the count: the last write of the snapshot's transaction. */
    EvidenceSnapshot close(UUID id) {
        jdbc.sql("""
                update contract_evidence_snapshot
                   set row_count = (select count(*) from contract_evidence_intervention where snapshot_id = :id)
                 where id = :id
                """).param("id", id).update();
        return find(id).orElseThrow();
    }

    Optional<EvidenceSnapshot> find(UUID id) {
        return jdbc.sql("""
                select id, source, taken_at, taken_by, as_of, description, row_count
                  from contract_evidence_snapshot where id = :id
                """).param("id", id).query((rs, n) -> new EvidenceSnapshot(rs.getObject(1, UUID.class),
                        EvidenceSource.valueOf(rs.getString(2)), DbTime.instant(rs, 3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7)))
                .optional();
    }
}
