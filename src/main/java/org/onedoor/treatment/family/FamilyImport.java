package org.onedoor.treatment.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.RefusedRow;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concerned others with their own consent and their support sessions in bulk (the demo partnership, migration): a
 * trusted path for administrators like the treatment import, as batched inserts with one audit entry per call. Each
 * entry is held to the rules a worker's is ({@link FamilyChecks}) before anything is written.
 */
@Service
public class FamilyImport {

    private final JdbcTemplate jdbc;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    FamilyImport(JdbcTemplate jdbc, AccessLog log, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A concerned other held by an organisation, optionally linked to a client, with their sessions. */
    public record ImportedConcernedOther(
            UUID organisationId,
            String givenName,
            String familyName,
            String relationship,
            @Nullable String telephone,
            boolean consentsToContact,
            boolean consentsToShare,
            LocalDate consentRecordedOn,
            @Nullable UUID clientId,
            List<ImportedSession> sessions) {

        public ImportedConcernedOther {
            sessions = List.copyOf(sessions);
        }
    }

    public record ImportedSession(
            LocalDate heldOn,
            String workerName,
            @Nullable String workerUsername,
            SessionKind kind,
            @Nullable String notes) {}

    /**
     * Writes the concerned others with their sessions; returns how many concerned others.
     *
     * @throws IllegalArgumentException naming the first concerned other or session that the rules of
     *                                  {@link FamilyChecks} refuse; nothing is saved then
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public int importConcernedOthers(List<ImportedConcernedOther> others) {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < others.size(); i++) {
            check(i, others.get(i), today);
        }
        OffsetDateTime at = DbTime.now(clock);
        String by = currentUsers.actorName();
        List<Object[]> otherRows = new ArrayList<>();
        List<Object[]> sessionRows = new ArrayList<>();
        for (ImportedConcernedOther o : others) {
            UUID id = UUID.randomUUID();
            otherRows.add(new Object[] {
                id,
                o.organisationId(),
                o.givenName(),
                o.familyName(),
                o.relationship(),
                o.telephone(),
                o.consentsToContact(),
                o.consentsToShare(),
                o.consentRecordedOn(),
                o.clientId(),
                at,
                by
            });
            for (ImportedSession s : o.sessions()) {
                sessionRows.add(new Object[] {
                    UUID.randomUUID(),
                    id,
                    s.heldOn(),
                    s.workerName(),
                    s.workerUsername(),
                    s.kind().name(),
                    s.notes(),
                    at,
                    by
                });
            }
        }
        jdbc.batchUpdate("""
                insert into treatment_concerned_other (id, organisation_id, given_name, family_name, relationship,
                    telephone, consents_to_contact, consents_to_share, consent_recorded_on, client_id, created_at,
                    created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, otherRows);
        jdbc.batchUpdate("""
                insert into treatment_family_session (id, concerned_other_id, held_on, worker_name, worker_username,
                    kind, notes, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, sessionRows);
        if (!others.isEmpty()) {
            UUID client = others.stream()
                    .map(ImportedConcernedOther::clientId)
                    .filter(c -> c != null)
                    .findFirst()
                    .orElse(null);
            log.record(new AccessEvent(
                    AccessAction.CREATE,
                    client != null
                            ? AuditSubject.of("CLIENT", client)
                            : AuditSubject.of(
                                    "CONCERNED_OTHER", (UUID) otherRows.get(0)[0]),
                    "Bulk import",
                    "Bulk import of family and carer support: " + others.size() + " concerned others, "
                            + sessionRows.size() + " sessions"));
        }
        return others.size();
    }

    /** The concerned other and each session by the rules a worker's entries are held to. */
    private static void check(int index, ImportedConcernedOther o, LocalDate today) {
        String row = "Imported concerned other " + index;
        try {
            FamilyChecks.check(
                    new NewConcernedOther(
                            o.givenName(),
                            o.familyName(),
                            o.relationship(),
                            o.telephone(),
                            null,
                            null,
                            o.consentsToContact(),
                            o.consentsToShare(),
                            o.consentRecordedOn(),
                            o.clientId()),
                    today);
        } catch (DomainRuleViolation refused) {
            throw RefusedRow.of(row, refused);
        }
        for (int j = 0; j < o.sessions().size(); j++) {
            ImportedSession s = o.sessions().get(j);
            try {
                FamilyChecks.check(new NewSession(s.heldOn(), s.workerName(), s.kind(), s.notes()), today);
            } catch (DomainRuleViolation refused) {
                throw RefusedRow.of(row + ", session " + j, refused);
            }
        }
    }
}
