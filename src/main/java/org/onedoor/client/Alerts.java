package org.onedoor.client;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alerts and risk flags on a client's record, optionally sealed; voided with a reason, never deleted. */
@Service
public class Alerts {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Sealing sealing;
    private final ClientHistory history;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    Alerts(
            JdbcClient jdbc,
            AccessPolicy access,
            Sealing sealing,
            ClientHistory history,
            ClientAudit audit,
            CurrentUsers currentUsers,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.sealing = sealing;
        this.history = history;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Raises an alert; sealing it is open only to people whose role sees that seal. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public UUID raise(
            UUID clientId,
            @Nullable AlertCategory category,
            @Nullable String description,
            @Nullable LocalDate raisedOn,
            @Nullable SealedCategory sealAs) {
        AccessDecision decision = access.require(clientId);
        CurrentUser user = currentUsers.require();
        check(category, description, raisedOn, LocalDate.now(clock), sealAs, sealing.sees(user, sealAs));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into client_alert (id, client_id, origin_client_id, category, description, raised_on,
                    sealed_as, created_at, created_by)
                values (:id, :client, :client, :category, :description, :raisedOn, :sealedAs, :at, :by)
                """)
                .param("id", id)
                .param("client", clientId)
                .param("category", category.name())
                .param("description", tidy(description))
                .param("raisedOn", raisedOn)
                .param("sealedAs", sealAs == null ? null : sealAs.name())
                .param("at", DbTime.now(clock))
                .param("by", user.username())
                .update();
        String summary =
                sealAs == null ? "Alert raised: " + category.label() : "Sealed alert raised (" + sealAs.label() + ")";
        history.record(clientId, "ALERT_RAISED", summary, user.username());
        audit.did(AccessAction.CREATE, clientId, decision.basis(), summary);
        return id;
    }

    /** Every problem with an alert as typed, thrown together as {@link ClientCheck#PROBLEMS}; nothing is saved. */
    public static void check(
            @Nullable AlertCategory category,
            @Nullable String description,
            @Nullable LocalDate raisedOn,
            LocalDate today,
            @Nullable SealedCategory sealAs,
            boolean maySeal) {
        FieldProblems.Collector problems = ClientCheck.PROBLEMS.collector();
        if (category == null) {
            problems.add("category", "REQUIRED", Messages.text("client.category.required"));
        }
        problems.required("description", description, 1000, Messages.text("client.description.required"));
        if (raisedOn == null) {
            problems.add("raisedOn", "REQUIRED", Messages.text("client.raisedOn.required"));
        } else if (raisedOn.isAfter(today)) {
            problems.add("raisedOn", "DATE_IN_FUTURE", Messages.text("client.raisedOn.dateInFuture"));
        }
        if (sealAs != null && !maySeal) {
            problems.add(
                    "sealAs",
                    "SEAL_NOT_ALLOWED",
                    Messages.text("client.sealAs.sealNotAllowed", sealAs.label().toLowerCase(java.util.Locale.UK)));
        }
        problems.throwIfAny();
    }

    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public void voidAlert(UUID clientId, UUID alertId, String reason) {
        AccessDecision decision = access.require(clientId);
        CurrentUser user = currentUsers.require();
        String why = tidy(reason);
        if (why == null) {
            throw new DomainRuleViolation("REASON_REQUIRED", "reason", Messages.text("client.reason.reasonRequired"));
        }
        if (why.length() > 500) {
            throw new DomainRuleViolation("TOO_LONG", "reason", Messages.text("client.reason.tooLong"));
        }
        SealedCategory sealedAs = jdbc.sql("select sealed_as from client_alert where id = ? and client_id = ?")
                .param(alertId)
                .param(clientId)
                .query((rs, n) -> java.util.Optional.ofNullable(ClientRecordQuery.sealed(rs.getString(1))))
                .optional()
                .orElseThrow(() -> new NotFound("Alert", alertId))
                .orElse(null);
        if (!sealing.sees(user, sealedAs)) {
            throw new NotFound("Alert", alertId);
        }
        int changed = jdbc.sql("""
                update client_alert set voided_at = :at, voided_by = :by, void_reason = :reason
                 where id = :id and client_id = :client and voided_at is null
                """)
                .param("at", DbTime.now(clock))
                .param("by", user.username())
                .param("reason", why)
                .param("id", alertId)
                .param("client", clientId)
                .update();
        if (changed == 0) {
            throw new NotFound("Alert", alertId);
        }
        history.record(clientId, "ALERT_VOIDED", "Alert removed: " + why, user.username());
        audit.did(AccessAction.VOID, clientId, decision.basis(), "Alert removed");
    }
}
