package org.onedoor.client;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is involved in a client's care. Modules above tell it when an organisation takes part (referral on
 * acceptance, treatment for episodes and the organisations delivering interventions), each with its own basis;
 * people add entries from the record only on a clinical basis ({@link CareTeamJoinPolicy}), never by break-glass.
 * Every change is written to the audit trail. Entries end, never vanish.
 */
@Service
public class CareTeam {

    /** The kinds of organisation a person may add to a care team. */
    public static final java.util.Set<OrganisationType> JOINING =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
                    OrganisationType.LEAD_PROVIDER, OrganisationType.PARTNER_PROVIDER, OrganisationType.GP_PRACTICE));

    /** The source kind of entries added from the care-team screen. */
    static final String BY_HAND = "CARE_TEAM";

    private final CareTeamEntries entries;
    private final AccessPolicy access;
    private final ClientHistory history;
    private final ClientAudit audit;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final ClientRecordQuery query;
    private final CareTeamChecks checks;
    private final Clock clock;

    CareTeam(
            CareTeamEntries entries,
            AccessPolicy access,
            ClientHistory history,
            ClientAudit audit,
            Directory directory,
            CurrentUsers currentUsers,
            ClientRecordQuery query,
            CareTeamChecks checks,
            Clock clock) {
        this.query = query;
        this.entries = entries;
        this.access = access;
        this.history = history;
        this.audit = audit;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * Adds an organisation to the care team on behalf of a module above (no access check: the caller's own rule put
     * it there, and its source is the basis). Does nothing, and says false, when the organisation already holds an
     * active entry in that role. An addition is written to the audit trail with its source.
     */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public boolean add(UUID clientId, CareTeamMembership membership) {
        String basis = membership.sourceKind() == null
                ? "Added by OneDoor"
                : "Added by " + membership.sourceKind().toLowerCase(Locale.UK).replace('_', ' ');
        if (!insert(clientId, membership, membership.sourceKind())) {
            return false;
        }
        audit.did(AccessAction.CHANGE, clientId, "Care team: " + basis, describe(membership, basis));
        return true;
    }

    /**
     * A person with access (never by break-glass) adds an organisation, and perhaps a named worker, to the care team
     * on a clinical basis; returns the basis.
     */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public String join(UUID clientId, CareTeamMembership membership) {
        AccessDecision decision = requireWithoutBreakGlass(clientId);
        CareTeamBasis basis = checks.basis(clientId, membership);
        CareTeamMembership byHand = new CareTeamMembership(
                membership.organisationId(),
                membership.role(),
                membership.workerUsername(),
                membership.workerName(),
                membership.from(),
                BY_HAND,
                null);
        if (!insert(clientId, byHand, basis.name())) {
            throw new DomainRuleViolation(
                    "ALREADY_IN_TEAM", "organisationId", Messages.text("client.organisationId.alreadyInTeam"));
        }
        audit.did(AccessAction.CHANGE, clientId, decision.basis(), describe(membership, basis.label()));
        return basis.label();
    }

    /**
     * The access decision for changing the care team by hand: as for opening the record, except that break-glass,
     * which lets one person read a record for a few hours, never lets them change who has access to it. Modules
     * above ask here before work that adds to the care team (opening an episode).
     */
    public AccessDecision requireWithoutBreakGlass(UUID clientId) {
        AccessDecision decision = access.require(clientId);
        if (decision.byBreakGlass()) {
            String refusal = Messages.text("client.record.breakGlassNoCareTeamChange");
            audit.refused(clientId, "Care-team change under break-glass");
            throw new ClientAccessRefused(clientId, refusal, false);
        }
        return decision;
    }

    private boolean insert(UUID clientId, CareTeamMembership membership, @Nullable String basis) {
        if (entries.activeIn(clientId, membership)) {
            return false;
        }
        String organisation = directory
                .findOrganisation(membership.organisationId())
                .orElseThrow(() -> new NotFound("Organisation", membership.organisationId()))
                .name();
        entries.insert(clientId, membership, basis);
        history.record(
                clientId,
                "CARE_TEAM_JOINED",
                organisation + " joined as " + membership.role().label().toLowerCase(Locale.UK),
                currentUsers.actorName());
        return true;
    }

    private String describe(CareTeamMembership membership, String basis) {
        String organisation = directory
                .findOrganisation(membership.organisationId())
                .map(OrganisationSummary::name)
                .orElse(membership.organisationId().toString());
        return "Care team: " + organisation + " added as "
                + membership.role().label().toLowerCase(Locale.UK) + " from " + DisplayDate.of(membership.from())
                + " (basis: " + basis + ")";
    }

    /** Ends one entry on the given day, with a reason. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public void end(UUID clientId, UUID entryId, LocalDate on, String reason) {
        AccessDecision decision = requireWithoutBreakGlass(clientId);
        String why = tidy(reason);
        CareTeamMember entry = query.careTeam(clientId).stream()
                .filter(m -> m.id().equals(entryId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Care team entry", entryId));
        if (why == null) {
            throw new DomainRuleViolation(
                    "REASON_REQUIRED", "reason", Messages.text("client.reason.reasonRequired.giveReasonEntry"));
        }
        if (why.length() > 500) {
            throw new DomainRuleViolation("TOO_LONG", "reason", Messages.text("client.reason.tooLong"));
        }
        if (entry.endedOn() != null) {
            throw new DomainRuleViolation("ALREADY_ENDED", null, Messages.text("client.record.alreadyEnded"));
        }
        if (on.isBefore(entry.startedOn()) || on.isAfter(LocalDate.now(clock))) {
            throw new DomainRuleViolation(
                    "END_DATE_OUT_OF_RANGE", "endedOn", Messages.text("client.endedOn.endDateOutOfRange"));
        }
        entries.end(entryId, on, why);
        history.record(
                clientId,
                "CARE_TEAM_ENDED",
                entry.organisationName() + " left the care team: " + why,
                currentUsers.actorName());
        audit.did(
                AccessAction.CHANGE,
                clientId,
                decision.basis(),
                "Care team: " + entry.organisationName()
                        + " ended as " + entry.role().label().toLowerCase(Locale.UK) + " on " + DisplayDate.of(on)
                        + ": "
                        + why);
    }
}
