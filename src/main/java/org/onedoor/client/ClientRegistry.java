package org.onedoor.client;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers clients and changes their identity. Every change is checked whole, written to the client's history and
 * to the audit trail; a record is voided with a reason, never deleted.
 */
@Service
public class ClientRegistry {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final CareTeam careTeam;
    private final ClientCodes codes;
    private final ClientHistory history;
    private final ClientAudit audit;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final ClientSettings settings;
    private final ClientCandidates candidates;
    private final Clock clock;

    ClientRegistry(
            JdbcClient jdbc,
            AccessPolicy access,
            CareTeam careTeam,
            ClientCodes codes,
            ClientHistory history,
            ClientAudit audit,
            Directory directory,
            CurrentUsers currentUsers,
            ClientSettings settings,
            ClientCandidates candidates,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.careTeam = careTeam;
        this.codes = codes;
        this.history = history;
        this.audit = audit;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.candidates = candidates;
        this.clock = clock;
    }

    /**
     * Registers a client met directly (a walk-in, someone re-engaging). The registering person's organisation joins
     * the care team as responsible for treatment, with them as the named worker.
     */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public UUID register(NewClient client) {
        CurrentUser user = currentUsers.require();
        UUID id = insert(client);
        careTeam.add(
                id,
                new CareTeamMembership(
                        user.organisationId(),
                        CareTeamRole.RESPONSIBLE,
                        user.username(),
                        user.displayName(),
                        today(),
                        "CLIENT",
                        id));
        return id;
    }

    /**
     * The client an accepted referral is about, as the worker confirmed it: an existing record they chose from the
     * {@link ClientCandidates} of the person (never matched silently), or, with no choice, a new record even when
     * candidates exist (the worker said it is a new person), unless one has the same NHS number, which names one
     * person. A record that is not a candidate is refused, so a referral can never be linked to an arbitrary client.
     * The organisation joins the care team in the given role.
     */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public UUID registerOrLink(NewClient client, @Nullable UUID confirmedClient, CareTeamMembership membership) {
        List<ClientCandidate> matching = candidates.matching(client);
        if (confirmedClient != null
                && matching.stream().noneMatch(c -> c.clientId().equals(confirmedClient))) {
            throw new DomainRuleViolation("NOT_A_CANDIDATE", "client", Messages.text("client.client.notACandidate"));
        }
        Optional<ClientCandidate> sameNumber = matching.stream()
                .filter(c -> c.reason().equals(ClientCandidates.SAME_NHS_NUMBER))
                .findFirst();
        if (confirmedClient == null && sameNumber.isPresent()) {
            throw new DomainRuleViolation(
                    "NHS_NUMBER_KNOWN",
                    "client",
                    Messages.text(
                            "client.client.nhsNumberKnown", sameNumber.get().reference()));
        }
        UUID id = confirmedClient != null ? confirmedClient : insert(client);
        careTeam.add(id, membership);
        if (confirmedClient != null) {
            history.record(id, "LINKED", "Confirmed as the person of a referral", currentUsers.actorName());
        }
        return id;
    }

    /** Changes identity and contact details. {@code version} is the one the person saw: a stale one is refused. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public void amend(UUID id, NewClient client, int version) {
        AccessDecision decision = access.require(id);
        String nhsNumber = check(client);
        int changed = jdbc.sql(ClientSql.UPDATE)
                .paramSource(ClientSql.params(client, nhsNumber)
                        .addValue("id", id)
                        .addValue("version", version)
                        .addValue("at", DbTime.now(clock))
                        .addValue("by", currentUsers.actorName()))
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Client " + id + " was changed by someone else");
        }
        history.record(id, "AMENDED", "Identity and contact details changed", currentUsers.actorName());
        audit.did(AccessAction.CHANGE, id, decision.basis(), "Identity and contact details");
    }

    /** Voids a record made in error (not a duplicate: merge those). It stays, marked void, for the audit trail. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public void voidRecord(UUID id, String reason) {
        AccessDecision decision = access.require(id);
        String why = tidy(reason);
        if (why == null) {
            throw new DomainRuleViolation(
                    "REASON_REQUIRED", "reason", Messages.text("client.reason.reasonRequired.giveReasonVoiding"));
        }
        int changed = jdbc.sql("""
                update client set voided_at = :at, voided_by = :by, void_reason = :reason, version = version + 1
                 where id = :id and voided_at is null
                """)
                .param("at", DbTime.now(clock))
                .param("by", currentUsers.actorName())
                .param("reason", why)
                .param("id", id)
                .update();
        if (changed == 0) {
            throw new DomainRuleViolation("ALREADY_VOID", null, Messages.text("client.record.alreadyVoid"));
        }
        history.record(id, "VOIDED", why, currentUsers.actorName());
        audit.did(AccessAction.VOID, id, decision.basis(), why);
    }

    private UUID insert(NewClient client) {
        String nhsNumber = check(client);
        UUID id = UUID.randomUUID();
        Long next = jdbc.sql("select nextval('client_reference_seq')")
                .query(Long.class)
                .single();
        jdbc.sql(ClientSql.INSERT)
                .paramSource(ClientSql.params(client, nhsNumber)
                        .addValue("id", id)
                        .addValue("reference", "C" + next)
                        .addValue("at", DbTime.now(clock))
                        .addValue("by", currentUsers.actorName()))
                .update();
        history.record(id, "REGISTERED", "Record opened", currentUsers.actorName());
        audit.did(AccessAction.CREATE, id, "Registration", "Record opened as C" + next);
        return id;
    }

    private @Nullable String check(NewClient client) {
        boolean knownPractice = client.gpPracticeId() == null
                || directory
                        .findOrganisation(client.gpPracticeId())
                        .map(o -> o.type().isPractice())
                        .orElse(false);
        return ClientCheck.check(client, today(), settings.acceptTestNhsNumbers(), codes, knownPractice);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
