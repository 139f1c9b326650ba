package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checks of an organisation added to a care team by hand: the form's fields, an organisation that may join and
 * is active, and a clinical basis from {@link CareTeamJoinPolicy} given the client's registered practice and the
 * team as it stands today.
 */
@Component
class CareTeamChecks {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final CareTeamSettings settings;
    private final Clock clock;

    CareTeamChecks(
            JdbcClient jdbc, Directory directory, CurrentUsers currentUsers, CareTeamSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.clock = clock;
    }

    /** The checks of a hand-made addition, all reported at once; the basis when none fails. */
    CareTeamBasis basis(UUID clientId, CareTeamMembership membership) {
        FieldProblems.Collector problems = ClientCheck.PROBLEMS.collector();
        LocalDate today = LocalDate.now(clock);
        OrganisationSummary organisation =
                directory.findOrganisation(membership.organisationId()).orElse(null);
        problems.optional("workerName", membership.workerName(), 160);
        problems.optional("workerUsername", membership.workerUsername(), 100);
        if (membership.from().isAfter(today)) {
            problems.add("startedOn", "DATE_IN_FUTURE", Messages.text("client.startedOn.dateInFuture"));
        }
        if (organisation == null || !CareTeam.JOINING.contains(organisation.type()) || !organisation.activeOn(today)) {
            problems.add(
                    "organisationId",
                    "UNKNOWN_ORGANISATION",
                    Messages.text("client.organisationId.unknownOrganisation"));
            problems.throwIfAny();
        }
        CurrentUser user = currentUsers.require();
        CareTeamBasis basis = CareTeamJoinPolicy.basis(
                new CareTeamJoinPolicy.Request(
                        user,
                        organisation,
                        membership.role(),
                        membership.from(),
                        today,
                        settings.backdateDays(),
                        registeredPractice(clientId),
                        activeEntries(clientId, today)),
                problems);
        problems.throwIfAny();
        return basis;
    }

    private List<CareTeamJoinPolicy.Entry> activeEntries(UUID clientId, LocalDate today) {
        return jdbc.sql("""
                        select organisation_id, team_role, source_kind from client_care_team
                         where client_id = ? and started_on <= ? and (ended_on is null or ended_on >= ?)
                        """)
                .param(clientId)
                .param(today)
                .param(today)
                .query((rs, n) -> new CareTeamJoinPolicy.Entry(
                        rs.getObject(1, UUID.class), CareTeamRole.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    private @Nullable UUID registeredPractice(UUID clientId) {
        return jdbc.sql("select gp_practice_id from client where id = ?")
                .param(clientId)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .optional()
                .orElse(null);
    }
}
