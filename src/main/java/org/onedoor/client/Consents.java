package org.onedoor.client;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent per purpose. Decisions are appended, never overwritten: the latest is in force, a withdrawal stops future
 * sharing from that moment and leaves earlier decisions (and what was lawfully shared under them) on the record.
 * {@link #allows} is the one check every outward flow makes: screens through {@link AccessPolicy}, exports and APIs
 * directly, and sets through {@link ConsentQuery}'s SQL predicates.
 */
@Service
public class Consents {

    private static final DateTimeFormatter DAY = DisplayDate.DAY;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ClientHistory history;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final ConsentQuery query;

    Consents(
            JdbcClient jdbc,
            AccessPolicy access,
            ClientHistory history,
            ClientAudit audit,
            CurrentUsers currentUsers,
            Clock clock,
            ConsentQuery query) {
        this.query = query;
        this.jdbc = jdbc;
        this.access = access;
        this.history = history;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public UUID record(UUID clientId, ConsentRecord consent) {
        AccessDecision decision = access.require(clientId);
        check(consent, LocalDate.now(clock));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into client_consent (id, client_id, origin_client_id, purpose, decision, decided_on, method,
                    capacity_assessed, review_on, recipient, notes, recorded_at, recorded_by)
                values (:id, :client, :client, :purpose, :decision, :decidedOn, :method, :capacity, :reviewOn,
                    :recipient, :notes, :at, :by)
                """)
                .param("id", id)
                .param("client", clientId)
                .param("purpose", consent.purpose().name())
                .param("decision", consent.decision().name())
                .param("decidedOn", consent.decidedOn())
                .param("method", consent.method().name())
                .param("capacity", consent.capacityAssessed())
                .param("reviewOn", consent.reviewOn())
                .param("recipient", tidy(consent.recipient()))
                .param("notes", tidy(consent.notes()))
                .param("at", DbTime.now(clock))
                .param("by", currentUsers.actorName())
                .update();
        String summary = summary(consent);
        history.record(clientId, "CONSENT_" + consent.decision().name(), summary, currentUsers.actorName());
        audit.did(AccessAction.CHANGE, clientId, decision.basis(), summary);
        return id;
    }

    /** Whether consent for the purpose is given and in force now. No decision recorded means no. */
    public boolean allows(UUID clientId, ConsentPurpose purpose) {
        return query.allows(clientId, purpose);
    }

    /** "Consent to share with partners: withdrawn on 3 May 2026", for the history, the audit trail and screens. */
    public static String summary(ConsentRecord consent) {
        return "Consent to " + consent.purpose().action() + ": "
                + consent.decision().label().toLowerCase(Locale.UK) + " on " + DAY.format(consent.decidedOn());
    }

    /** Every problem with the decision as typed, thrown together as {@link ClientCheck#PROBLEMS}. */
    public static void check(ConsentRecord consent, LocalDate today) {
        FieldProblems.Collector problems = ClientCheck.PROBLEMS.collector();
        if (consent.purpose() == null) {
            problems.add("purpose", "REQUIRED", Messages.text("client.purpose.required"));
        }
        if (consent.decision() == null) {
            problems.add("decision", "REQUIRED", Messages.text("client.decision.required"));
        }
        if (consent.method() == null) {
            problems.add("method", "REQUIRED", Messages.text("client.method.required"));
        }
        if (consent.decidedOn() == null) {
            problems.add("decidedOn", "REQUIRED", Messages.text("client.decidedOn.required"));
        } else if (consent.decidedOn().isAfter(today)) {
            problems.add("decidedOn", "DATE_IN_FUTURE", Messages.text("client.decidedOn.dateInFuture"));
        } else if (consent.decidedOn().isBefore(today.minusYears(10))) {
            problems.add("decidedOn", "DATE_TOO_EARLY", Messages.text("client.decidedOn.dateTooEarly"));
        }
        if (consent.reviewOn() != null
                && consent.decidedOn() != null
                && !consent.reviewOn().isAfter(consent.decidedOn())) {
            problems.add(
                    "reviewOn", "REVIEW_NOT_AFTER_DECISION", Messages.text("client.reviewOn.reviewNotAfterDecision"));
        }
        if (consent.method() == ConsentMethod.BEST_INTERESTS && !consent.capacityAssessed()) {
            problems.add(
                    "capacityAssessed",
                    "CAPACITY_NOT_ASSESSED",
                    Messages.text("client.capacityAssessed.capacityNotAssessed"));
        }
        if (consent.recipient() != null && consent.recipient().strip().length() > 200) {
            problems.add("recipient", "TOO_LONG", Messages.text("client.recipient.tooLong"));
        }
        if (consent.notes() != null && consent.notes().strip().length() > 1000) {
            problems.add("notes", "TOO_LONG", Messages.text("client.notes.tooLong"));
        }
        problems.throwIfAny();
    }
}
