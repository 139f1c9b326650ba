package org.onedoor.treatment.family;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.Consents;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.recording.ClinicalChange;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family and carer support: concerned others held by the organisation that registered them, with THEIR OWN consent,
 * optionally linked to a client (whom the person registering must be allowed to see), and their own support
 * sessions. Every view and change is audited; client-linked data under the client (subject CLIENT).
 */
@Service
public class FamilySupport {

    private static final String PURPOSE = FamilyAudit.PURPOSE;

    private final JdbcClient jdbc;
    private final ClinicalChanges changes;
    private final Consents consents;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    FamilySupport(
            JdbcClient jdbc,
            ClinicalChanges changes,
            Consents consents,
            AccessLog log,
            CurrentUsers currentUsers,
            Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.consents = consents;
        this.log = log;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID register(NewConcernedOther other) {
        CurrentUser user = currentUsers.require();
        FamilyChecks.check(other, LocalDate.now(clock));
        AccessDecision decision = other.clientId() == null ? null : changes.require(other.clientId());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_concerned_other (id, organisation_id, given_name, family_name, relationship,
                    telephone, email, address, consents_to_contact, consents_to_share, consent_recorded_on,
                    client_id, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        user.organisationId(),
                        other.givenName().strip(),
                        other.familyName().strip(),
                        other.relationship().strip(),
                        tidy(other.telephone()),
                        tidy(other.email()),
                        tidy(other.address()),
                        other.consentsToContact(),
                        other.consentsToShare(),
                        other.consentRecordedOn(),
                        other.clientId(),
                        DbTime.now(clock),
                        currentUsers.actorName())
                .update();
        audit(
                AccessAction.CREATE,
                id,
                other.clientId(),
                decision,
                "Concerned other (" + other.relationship().strip() + ") registered");
        return id;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID recordSession(UUID concernedOtherId, NewSession session) {
        ConcernedOther other = mine(concernedOtherId);
        FamilyChecks.check(session, LocalDate.now(clock));
        AccessDecision decision = other.clientId() == null ? null : changes.decide(other.clientId());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_family_session (id, concerned_other_id, held_on, worker_name, worker_username,
                    kind, notes, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        concernedOtherId,
                        session.heldOn(),
                        session.workerName().strip(),
                        currentUsers.require().username(),
                        session.kind().name(),
                        tidy(session.notes()),
                        DbTime.now(clock),
                        currentUsers.actorName())
                .update();
        audit(
                AccessAction.CHANGE,
                concernedOtherId,
                other.clientId(),
                decision,
                "Concerned other's support session (" + session.kind().label() + ") recorded");
        return id;
    }

    /** One page (from 0) of the concerned others of the person's organisation, by name; audited. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public ResultPage<ConcernedOther> ofMyOrganisation(int page, int size) {
        UUID organisation = currentUsers.require().organisationId();
        int clamped = ResultPage.clampSize(size);
        List<ConcernedOther> found = FamilyQueries.ofOrganisation(jdbc, organisation, Math.max(0, page), clamped);
        log.record(new AccessEvent(AccessAction.SEARCH, null, PURPOSE, "Concerned others list, page " + (page + 1)));
        found.stream()
                .filter(o -> o.clientId() != null)
                .forEach(o -> changes.record(ClinicalChange.about(
                        AccessAction.VIEW,
                        AuditSubject.of("CLIENT", o.clientId()),
                        PURPOSE,
                        "Listed as a concerned other's client")));
        return new ResultPage<>(
                found, Math.max(0, page), clamped, FamilyQueries.countOfOrganisation(jdbc, organisation));
    }

    /** A concerned other of the person's organisation with their sessions; audited. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public ConcernedOther details(UUID id) {
        ConcernedOther other = mine(id);
        AccessDecision decision = other.clientId() == null ? null : changes.decide(other.clientId());
        audit(AccessAction.VIEW, id, other.clientId(), decision, "Concerned other viewed");
        return other;
    }

    /**
     * Whether the person may open the linked client's record from family support (the details page links to it only
     * then): they must have access, and the client must consent to involving family or carers.
     */
    public boolean maySeeClient(@Nullable UUID clientId) {
        return clientSharesWithFamily(clientId) && changes.decide(clientId).allowed();
    }

    /**
     * Whether the linked client consents to involving family or carers ({@link ConsentPurpose#FAMILY_CARER}): without
     * it family-support staff share nothing about the client with the concerned other and do not see the client.
     */
    public boolean clientSharesWithFamily(@Nullable UUID clientId) {
        return clientId != null && consents.allows(clientId, ConsentPurpose.FAMILY_CARER);
    }

    /** The client's concerned others known to the person's organisation, once the client may be opened. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public ClientFamily forClient(UUID clientId) {
        AccessDecision decision = changes.require(clientId);
        List<ConcernedOther> found =
                FamilyQueries.ofClient(jdbc, clientId, currentUsers.require().organisationId());
        changes.viewed(clientId, decision, "Family and carers (" + found.size() + ")");
        return new ClientFamily(clientId, consents.allows(clientId, ConsentPurpose.FAMILY_CARER), found);
    }

    private ConcernedOther mine(UUID id) {
        return FamilyQueries.one(jdbc, id, currentUsers.require().organisationId())
                .orElseThrow(() -> new NotFound("Concerned other", id));
    }

    private void audit(
            AccessAction action,
            UUID concernedOtherId,
            @Nullable UUID clientId,
            @Nullable AccessDecision decision,
            String detail) {
        FamilyAudit.record(changes, action, concernedOtherId, clientId, decision, detail);
    }
}
