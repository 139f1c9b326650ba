package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.onedoor.audittrail.AccessAction;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.NotFound;

import static org.onedoor.shared.Text.tidy;

/**
 * Who is involved in a client's care. Modules above tell it when an organisation takes part (referral on
 * acceptance, treatment for shared care); people add and end entries from the record. Entries end, never vanish.
 */
@Service
public class CareTeam {

    /** The kinds of organisation a person may add to a care team. */
    static final java.util.Set<OrganisationType> JOINING = java.util.EnumSet.of(OrganisationType.LEAD_PROVIDER,
            OrganisationType.PARTNER_PROVIDER, OrganisationType.GP_PRACTICE);

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ClientHistory history;
    private final ClientAudit audit;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final ClientRecordQuery query;
    private final Clock clock;

    CareTeam(JdbcClient jdbc, AccessPolicy access, ClientHistory history, ClientAudit audit, Directory directory,
             CurrentUsers currentUsers, ClientRecordQuery query, Clock clock) {
        this.query = query;
        this.jdbc = jdbc;
        this.access = access;
        this.history = history;
        this.audit = audit;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * Adds an organisation to the care team on behalf of a module above (no access check: the caller's own rule put
     * it there). Does nothing, and says false, when the organisation already holds an active entry in that role.
     */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public boolean add(UUID clientId, CareTeamMembership membership) {
        Integer active = jdbc.sql("""
                select count(*) from client_care_team where client_id = ? and organisation_id = ? and team_role = ?
                   and (ended_on is null or ended_on >= ?)
                """).param(clientId).param(membership.organisationId()).param(membership.role().name())
                .param(membership.from()).query(Integer.class).single();
        if (active > 0) {
            return false;
        }
        String organisation = directory.findOrganisation(membership.organisationId())
                .orElseThrow(() -> new NotFound("Organisation", membership.organisationId())).name();
        jdbc.sql("""
                insert into client_care_team (id, client_id, origin_client_id, organisation_id, team_role,
                    worker_username, worker_name, started_on, source_kind, source_id, created_at, created_by)
                values (:id, :client, :client, :organisation, :role, :workerUsername, :workerName, :from,
                    :sourceKind, :sourceId, :at, :by)
                """).param("id", UUID.randomUUID()).param("client", clientId)
                .param("organisation", membership.organisationId()).param("role", membership.role().name())
                .param("workerUsername", membership.workerUsername()).param("workerName", membership.workerName())
                .param("from", membership.from()).param("sourceKind", membership.sourceKind())
                .param("sourceId", membership.sourceId()).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", currentUsers.actorName()).update();
        history.record(clientId, "CARE_TEAM_JOINED", organisation + " joined as "
                + membership.role().label().toLowerCase(java.util.Locale.UK), currentUsers.actorName());
        return true;
    }

    /** A person with access adds an organisation (and perhaps a named worker) to the care team. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public void join(UUID clientId, CareTeamMembership membership) {
        AccessDecision decision = access.require(clientId);
        check(membership);
        if (!add(clientId, membership)) {
            throw new DomainRuleViolation("ALREADY_IN_TEAM", "organisationId",
                    "This organisation is already in the care team in that role");
        }
        audit.did(AccessAction.CHANGE, clientId, decision.basis(), "Care team: organisation added");
    }

    /**
     * What a person may add: an organisation of the partnership that provides care (lead or partner provider, GP
     * practice) and is a member on the start date; shared care only for a GP practice; a start not in the future.
     */
    private void check(CareTeamMembership membership) {
        ClientProblems.Collector problems = new ClientProblems.Collector();
        LocalDate today = LocalDate.now(clock);
        OrganisationSummary organisation = directory.findOrganisation(membership.organisationId()).orElse(null);
        if (organisation == null || !JOINING.contains(organisation.type()) || !organisation.activeOn(today)) {
            problems.add("organisationId", "UNKNOWN_ORGANISATION",
                    "Choose a provider or GP practice of the partnership from the list");
        } else if (membership.role() == CareTeamRole.SHARED_CARE && !organisation.type().isPractice()) {
            problems.add("role", "SHARED_CARE_NOT_PRACTICE", "Only a GP practice can be in shared care");
        }
        problems.optional("workerName", membership.workerName(), 160);
        problems.optional("workerUsername", membership.workerUsername(), 100);
        if (membership.from().isAfter(today)) {
            problems.add("startedOn", "DATE_IN_FUTURE", "The start date must be today or in the past");
        }
        problems.throwIfAny();
    }

    /** Ends one entry on the given day, with a reason. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public void end(UUID clientId, UUID entryId, LocalDate on, String reason) {
        AccessDecision decision = access.require(clientId);
        String why = tidy(reason);
        CareTeamMember entry = query.careTeam(clientId).stream().filter(m -> m.id().equals(entryId)).findFirst()
                .orElseThrow(() -> new NotFound("Care team entry", entryId));
        if (why == null) {
            throw new DomainRuleViolation("REASON_REQUIRED", "reason", "Give the reason the entry ends");
        }
        if (why.length() > 500) {
            throw new DomainRuleViolation("TOO_LONG", "reason", "The reason must be 500 characters or fewer");
        }
        if (entry.endedOn() != null) {
            throw new DomainRuleViolation("ALREADY_ENDED", null, "This care-team entry has already ended");
        }
        if (on.isBefore(entry.startedOn()) || on.isAfter(LocalDate.now(clock))) {
            throw new DomainRuleViolation("END_DATE_OUT_OF_RANGE", "endedOn",
                    "The end date must be between the start date and today");
        }
        jdbc.sql("""
                update client_care_team set ended_on = :on, end_reason = :reason, changed_at = :at, changed_by = :by
                 where id = :id
                """).param("on", on).param("reason", why).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", currentUsers.actorName()).param("id", entryId).update();
        history.record(clientId, "CARE_TEAM_ENDED", entry.organisationName() + " left the care team: " + why,
                currentUsers.actorName());
        audit.did(AccessAction.CHANGE, clientId, decision.basis(), "Care team: entry ended");
    }
}
