package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The named workers of care-team entries, as modules above tell them: when treatment hands a client (or a whole
 * caseload) to another keyworker, the organisation's active entries for those clients name the new worker. One
 * statement for any number of clients, and one audit entry per client in one batch.
 */
@Service
public class CareTeamWorkers {

    private final JdbcClient jdbc;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CareTeamWorkers(JdbcClient jdbc, ClientAudit audit, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * The organisation's responsible entries for these clients that named {@code from} (or no one, when null) now
     * name {@code to}; returns how many entries changed.
     */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_EDIT')")
    @Transactional
    public int handOver(
            UUID organisationId, Collection<UUID> clientIds, @Nullable String from, String to, String toName) {
        if (clientIds.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int changed = jdbc.sql("""
                update client_care_team set worker_username = :to, worker_name = :toName, changed_at = :at,
                       changed_by = :by
                 where organisation_id = :organisation and client_id in (:clients) and team_role = 'RESPONSIBLE'
                   and started_on <= :today and (ended_on is null or ended_on >= :today)
                   and (worker_username = :from or (cast(:from as varchar(100)) is null and worker_username is null))
                """)
                .param("to", to)
                .param("toName", toName)
                .param("at", DbTime.now(clock))
                .param("by", currentUsers.actorName())
                .param("organisation", organisationId)
                .param("clients", clientIds)
                .param("today", today)
                .param("from", from)
                .update();
        audit.didAll(
                AccessAction.CHANGE,
                clientIds,
                "Keyworker handover",
                "Care team: named worker changed from " + (from == null ? "no one" : from) + " to " + to);
        return changed;
    }
}
