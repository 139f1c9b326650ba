package org.onedoor.client;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency access: a clinician opens a record outside their normal access by giving a reason, for the configured
 * time (four hours unless set). Each opening is written to the audit trail and listed for the IG lead's review.
 */
@Service
public class BreakGlass {

    static final int MIN_REASON = 10;
    private static final java.time.format.DateTimeFormatter UNTIL =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", java.util.Locale.UK);

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final ClientSettings settings;
    private final Clock clock;

    BreakGlass(
            JdbcClient jdbc,
            AccessPolicy access,
            AccessLog log,
            CurrentUsers currentUsers,
            ClientSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.log = log;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.clock = clock;
    }

    /** Opens the record for the signed-in person until the returned moment. */
    @PreAuthorize("hasAuthority('CLIENT_BREAK_GLASS')")
    @Transactional
    public Instant open(UUID clientId, String reason) {
        CurrentUser user = currentUsers.require();
        String why = tidy(reason);
        if (why == null || why.length() < MIN_REASON) {
            throw new DomainRuleViolation(
                    "BREAK_GLASS_REASON_REQUIRED",
                    "reason",
                    Messages.text("client.reason.breakGlassReasonRequired", MIN_REASON));
        }
        if (why.length() > AccessEvent.MAX_PURPOSE) {
            throw new DomainRuleViolation(
                    "TOO_LONG",
                    "reason",
                    Messages.text("client.reason.tooLong.reasonMustCharacters", AccessEvent.MAX_PURPOSE));
        }
        AccessDecision decision = access.decide(clientId);
        if (decision.allowed() && !decision.byBreakGlass()) {
            throw new DomainRuleViolation(
                    "BREAK_GLASS_NOT_NEEDED", null, Messages.text("client.record.breakGlassNotNeeded"));
        }
        Instant now = clock.instant();
        Instant until = now.plus(settings.breakGlassDuration());
        jdbc.sql("""
                insert into client_break_glass (id, client_id, user_id, username, roles, organisation_id, reason,
                    opened_at, expires_at)
                values (:id, :client, :user, :username, :roles, :organisation, :reason, :at, :until)
                """)
                .param("id", UUID.randomUUID())
                .param("client", clientId)
                .param("user", user.userId())
                .param("username", user.username())
                .param("roles", user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("organisation", user.organisationId())
                .param("reason", why)
                .param("at", DbTime.toDb(now))
                .param("until", DbTime.toDb(until))
                .update();
        log.record(new AccessEvent(
                AccessAction.BREAK_GLASS,
                AuditSubject.of(ClientAudit.KIND, clientId),
                why,
                "Access until " + UNTIL.format(until.atZone(clock.getZone()))));
        return until;
    }

    /** The IG lead's verdict on one opening: justified, or not (to follow up), with a note. */
    @PreAuthorize("hasAuthority('CLIENT_ACCESS_REVIEW')")
    @Transactional
    public void review(UUID breakGlassId, boolean justified, String note) {
        String text = tidy(note);
        if (!justified && text == null) {
            throw new DomainRuleViolation(
                    "REVIEW_NOTE_REQUIRED", "note", Messages.text("client.note.reviewNoteRequired"));
        }
        int changed = jdbc.sql("""
                update client_break_glass set reviewed_at = :at, reviewed_by = :by, review_outcome = :outcome,
                       review_note = :note
                 where id = :id and reviewed_at is null
                """)
                .param("at", DbTime.now(clock))
                .param("by", currentUsers.actorName())
                .param("outcome", justified ? "JUSTIFIED" : "NOT_JUSTIFIED")
                .param("note", text)
                .param("id", breakGlassId)
                .update();
        if (changed == 0) {
            Integer exists = jdbc.sql("select count(*) from client_break_glass where id = ?")
                    .param(breakGlassId)
                    .query(Integer.class)
                    .single();
            if (exists == 0) {
                throw new NotFound("Break-glass opening", breakGlassId);
            }
            throw new DomainRuleViolation("ALREADY_REVIEWED", null, Messages.text("client.record.alreadyReviewed"));
        }
    }
}
