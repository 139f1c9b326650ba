package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code client_care_team} rows: whether an entry is already active, a new entry, and an entry ended. */
@Component
class CareTeamEntries {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CareTeamEntries(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Whether the organisation holds an entry in that role active on or after the membership's start. */
    boolean activeIn(UUID clientId, CareTeamMembership membership) {
        return jdbc.sql("""
                        select count(*) from client_care_team where client_id = ? and organisation_id = ?
                           and team_role = ? and (ended_on is null or ended_on >= ?)
                        """)
                        .param(clientId)
                        .param(membership.organisationId())
                        .param(membership.role().name())
                        .param(membership.from())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(UUID clientId, CareTeamMembership membership, @Nullable String basis) {
        jdbc.sql("""
                insert into client_care_team (id, client_id, origin_client_id, organisation_id, team_role,
                    worker_username, worker_name, started_on, source_kind, source_id, basis, created_at, created_by)
                values (:id, :client, :client, :organisation, :role, :workerUsername, :workerName, :from,
                    :sourceKind, :sourceId, :basis, :at, :by)
                """)
                .param("id", UUID.randomUUID())
                .param("client", clientId)
                .param("organisation", membership.organisationId())
                .param("role", membership.role().name())
                .param("workerUsername", membership.workerUsername())
                .param("workerName", membership.workerName())
                .param("from", membership.from())
                .param("sourceKind", membership.sourceKind())
                .param("sourceId", membership.sourceId())
                .param("basis", basis)
                .param("at", DbTime.now(clock))
                .param("by", currentUsers.actorName())
                .update();
    }

    void end(UUID entryId, LocalDate on, String reason) {
        jdbc.sql("""
                update client_care_team set ended_on = :on, end_reason = :reason, changed_at = :at, changed_by = :by
                 where id = :id
                """)
                .param("on", on)
                .param("reason", reason)
                .param("at", DbTime.now(clock))
                .param("by", currentUsers.actorName())
                .param("id", entryId)
                .update();
    }
}
