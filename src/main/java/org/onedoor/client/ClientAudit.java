package org.onedoor.client;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.springframework.stereotype.Component;

/** Writes the client module's accesses to the audit trail, each naming the client and the basis of access. */
@Component
public class ClientAudit {

    public static final String KIND = "CLIENT";

    private final AccessLog log;

    ClientAudit(AccessLog log) {
        this.log = log;
    }

    public void viewed(UUID clientId, AccessDecision decision, String what) {
        log.record(new AccessEvent(
                AccessAction.VIEW,
                AuditSubject.of(KIND, clientId),
                cut(decision.basis(), AccessEvent.MAX_PURPOSE),
                what));
    }

    public void did(AccessAction action, UUID clientId, @Nullable String purpose, @Nullable String detail) {
        log.record(new AccessEvent(
                action, AuditSubject.of(KIND, clientId), cut(purpose, AccessEvent.MAX_PURPOSE), cut(detail)));
    }

    /** One entry per client for a change made to many at once (a caseload handed over), written in one batch. */
    void didAll(
            AccessAction action,
            java.util.Collection<UUID> clientIds,
            @Nullable String purpose,
            @Nullable String detail) {
        log.recordBatch(clientIds.stream()
                .map(id -> new AccessEvent(
                        action, AuditSubject.of(KIND, id), cut(purpose, AccessEvent.MAX_PURPOSE), cut(detail)))
                .toList());
    }

    void searched(String terms, long found, @Nullable String purpose) {
        log.record(new AccessEvent(
                AccessAction.SEARCH, null, purpose, cut("Searched for \"" + terms + "\": " + found + " found")));
    }

    void refused(UUID clientId, String reason) {
        log.record(new AccessEvent(AccessAction.REFUSED, AuditSubject.of(KIND, clientId), null, cut(reason)));
    }

    void listed(String what) {
        log.record(new AccessEvent(AccessAction.SEARCH, null, "Caseload", cut(what)));
    }

    /** The IG lead looked at a list of accesses (which names clients): what list, and how many entries it had. */
    void reviewed(String what, long found) {
        log.record(new AccessEvent(AccessAction.SEARCH, null, "Access review", cut(what + ": " + found + " found")));
    }

    private static @Nullable String cut(@Nullable String detail) {
        return cut(detail, AccessEvent.MAX_DETAIL);
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
