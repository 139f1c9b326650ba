package org.onedoor.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

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
    private final JdbcClient jdbc;

    ClientRecords(
            AccessPolicy access,
            ClientRecordQuery query,
            Sealing sealing,
            TimelineQuery timeline,
            ClientAudit audit,
            CurrentUsers currentUsers,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        List<SealedNotice> sealed = new ArrayList<>(sealing.hidden(
                user, "alerts", alerts.stream().map(AlertEntry::sealedAs).toList()));
        ClientRecord record = new ClientRecord(
                identity,
                decision,
                query.careTeam(clientId),
                query.consents(clientId),
                sealing.visibleAlerts(user, alerts),
                sealed,
                query.substances(clientId),
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

    /**
     * The names of those of the given clients the person may open, for lists other modules show (a caseload, a
     * register): one query filtered by the access policy, and one audit entry for the list.
     */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public Map<UUID, String> namesOf(Collection<UUID> clientIds, String what) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        CurrentUser user = currentUsers.require();
        Map<UUID, String> names = new LinkedHashMap<>();
        access.bind(
                        jdbc.sql("select c.id, c.legal_given_name || ' ' || c.legal_family_name from client c "
                                + "where c.id in (:ids) and " + AccessPolicy.ACCESSIBLE),
                        user)
                .param("ids", List.copyOf(clientIds))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        audit.listed(what + ": " + names.size() + " clients named");
        return names;
    }

    /** The client with this reference, for links typed or pasted by people ("C100123"). */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW') or hasAuthority('CLIENT_SUBJECT_ACCESS')")
    public UUID idOf(String reference) {
        return query.byReference(reference.strip().toUpperCase(java.util.Locale.UK))
                .orElseThrow(() -> new NotFound("Client", reference));
    }
}
