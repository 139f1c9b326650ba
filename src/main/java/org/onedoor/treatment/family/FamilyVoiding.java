package org.onedoor.treatment.family;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voiding a concerned other, or one of their sessions, entered in error: never deleted, the row keeps who voided it,
 * when and why, and lists, details and reports leave it out. Only the organisation holding the concerned other may.
 */
@Service
public class FamilyVoiding {

    private final JdbcClient jdbc;
    private final ClinicalChanges changes;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    FamilyVoiding(JdbcClient jdbc, ClinicalChanges changes, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void voidConcernedOther(UUID id, @Nullable String reason) {
        ConcernedOther other = mine(id);
        String why = reason(reason);
        jdbc.sql("""
                update treatment_concerned_other set voided_at = ?, voided_by = ?, void_reason = ?
                 where id = ? and voided_at is null
                """)
                .params(DbTime.now(clock), currentUsers.actorName(), why, id)
                .update();
        audit(id, other.clientId(), "Concerned other voided: " + why);
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void voidSession(UUID concernedOtherId, UUID sessionId, @Nullable String reason) {
        ConcernedOther other = mine(concernedOtherId);
        if (other.sessions().stream().noneMatch(s -> s.id().equals(sessionId))) {
            throw new NotFound("Support session", sessionId);
        }
        String why = reason(reason);
        jdbc.sql("""
                update treatment_family_session set voided_at = ?, voided_by = ?, void_reason = ?
                 where id = ? and concerned_other_id = ? and voided_at is null
                """)
                .params(DbTime.now(clock), currentUsers.actorName(), why, sessionId, concernedOtherId)
                .update();
        audit(concernedOtherId, other.clientId(), "Concerned other's support session voided: " + why);
    }

    /** The session of the concerned other as the confirmation page shows it. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public ConcernedOther.Session session(UUID concernedOtherId, UUID sessionId) {
        return mine(concernedOtherId).sessions().stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Support session", sessionId));
    }

    private ConcernedOther mine(UUID id) {
        return FamilyQueries.one(jdbc, id, currentUsers.require().organisationId())
                .orElseThrow(() -> new NotFound("Concerned other", id));
    }

    private static String reason(@Nullable String reason) {
        FieldProblems.Collector problems = FamilyChecks.PROBLEMS.collector();
        problems.required("reason", reason, 500, Messages.text("family.reason.required"));
        problems.throwIfAny();
        return reason.strip();
    }

    private void audit(UUID concernedOtherId, @Nullable UUID clientId, String detail) {
        FamilyAudit.record(
                changes,
                AccessAction.CHANGE,
                concernedOtherId,
                clientId,
                clientId == null ? null : changes.decide(clientId),
                detail);
    }
}
