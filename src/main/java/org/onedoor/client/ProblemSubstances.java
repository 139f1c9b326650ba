package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's problem substances, ranked from the main one, as the module that assessed them (a referral, an
 * assessment) last recorded them. A new ranking voids the previous one, which stays on the record.
 */
@Service
public class ProblemSubstances {

    static final String INSERT = """
            insert into client_substance (id, client_id, origin_client_id, substance, label, rank, recorded_on,
                created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final ClientHistory history;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ProblemSubstances(
            JdbcTemplate jdbc, ClientHistory history, ClientAudit audit, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * Replaces the client's ranking with {@code substances}, main first, on behalf of the module that owns the
     * event (no access check: it is that module's record).
     *
     * @param why what recorded it, for the audit trail ("Referral R100123 accepted")
     */
    @Transactional
    public void record(UUID clientId, List<Substance> substances, LocalDate on, String why) {
        if (substances.isEmpty() || substances.size() > 3) {
            throw new IllegalArgumentException("A client has one to three problem substances");
        }
        String by = currentUsers.actorName();
        OffsetDateTime at = DbTime.now(clock);
        jdbc.update("""
                update client_substance set voided_at = ?, voided_by = ?, void_reason = ?
                 where client_id = ? and voided_at is null
                """, at, by, "Replaced by a later ranking", clientId);
        List<Object[]> rows = new ArrayList<>(substances.size());
        for (int i = 0; i < substances.size(); i++) {
            Substance substance = substances.get(i);
            rows.add(new Object[] {
                UUID.randomUUID(), clientId, clientId, substance.code(), substance.label(), i + 1, on, at, by
            });
        }
        jdbc.batchUpdate(INSERT, rows);
        String summary = "Problem substances: "
                + substances.stream().map(Substance::label).collect(Collectors.joining(", "));
        history.record(clientId, "SUBSTANCES_RECORDED", summary, by);
        audit.did(AccessAction.CHANGE, clientId, why, summary);
    }

    /** One problem substance: its code (from the referral substance list) and the label people read. */
    public record Substance(String code, String label) {

        public Substance {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
        }
    }
}
