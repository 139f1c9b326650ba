package org.onedoor.client;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.NotFound;

/** Opens client records for people allowed to see them; every opening is written to the audit trail. */
@Service
public class ClientRecords {

    /** Timeline entries on the record page (and on each further page). */
    public static final int TIMELINE_PAGE = 10;

    private final AccessPolicy access;
    private final ClientRecordQuery query;
    private final Sealing sealing;
    private final TimelineQuery timeline;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;

    ClientRecords(AccessPolicy access, ClientRecordQuery query, Sealing sealing, TimelineQuery timeline,
                  ClientAudit audit, CurrentUsers currentUsers) {
        this.timeline = timeline;
        this.access = access;
        this.query = query;
        this.sealing = sealing;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /** The record as this viewer may see it. Refused with the reason when the access policy says no. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public ClientRecord open(UUID clientId) {
        CurrentUser user = currentUsers.require();
        AccessDecision decision = access.require(clientId);
        ClientIdentity identity = query.identity(clientId).orElseThrow(() -> new NotFound("Client", clientId));
        List<AlertEntry> alerts = query.alerts(clientId);
        List<SealedNotice> sealed = new ArrayList<>(sealing.hidden(user, "alerts",
                alerts.stream().map(AlertEntry::sealedAs).toList()));
        ClientRecord record = new ClientRecord(identity, decision, query.careTeam(clientId),
                query.consents(clientId), sealing.visibleAlerts(user, alerts), sealed, query.substances(clientId),
                timeline.page(user, clientId, 0, TIMELINE_PAGE));
        audit.viewed(clientId, decision, "Client record");
        return record;
    }

    /** The identity alone (for forms and headings), after the same check; the caller's page view is logged. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public ClientIdentity identity(UUID clientId, String what) {
        AccessDecision decision = access.require(clientId);
        ClientIdentity identity = query.identity(clientId).orElseThrow(() -> new NotFound("Client", clientId));
        audit.viewed(clientId, decision, what);
        return identity;
    }

    /** The client with this reference, for links typed or pasted by people ("C100123"). */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW') or hasAuthority('CLIENT_SUBJECT_ACCESS')")
    public UUID idOf(String reference) {
        return query.byReference(reference.strip().toUpperCase(java.util.Locale.UK))
                .orElseThrow(() -> new NotFound("Client", reference));
    }
}
