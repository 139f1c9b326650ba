package org.onedoor.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one place that decides who may see a client: for one record ({@link #decide}, {@link #require}) and, as the
 * SQL predicate {@link #ACCESSIBLE}, for every list, search and export. Screens, APIs and later modules all ask here.
 */
@Service
public class AccessPolicy {

    /**
     * The rule of {@link AccessRules} as a predicate on a {@code client c}, with parameters {@code :accessUser},
     * {@code :accessOrganisation}, {@code :accessToday} and {@code :accessNow} (see {@link #bind}).
     */
    static final String ACCESSIBLE = """
            (exists (select 1 from client_care_team t
                      where t.client_id = c.id and t.organisation_id = :accessOrganisation
                        and t.started_on <= :accessToday and (t.ended_on is null or t.ended_on >= :accessToday)
                        and (t.team_role in ('RESPONSIBLE', 'SPOC')
                             or (t.team_role = 'PARTNER' and exists (select 1 from client_consent_current k
                                  where k.client_id = c.id and k.purpose = 'DIRECT_CARE' and k.decision = 'GIVEN'))
                             or (t.team_role = 'SHARED_CARE' and c.gp_practice_id = :accessOrganisation
                                  and exists (select 1 from client_consent_current k
                                  where k.client_id = c.id and k.purpose = 'GP_SHARING' and k.decision = 'GIVEN'))))
             or exists (select 1 from client_break_glass b
                         where b.client_id = c.id and b.user_id = :accessUser and b.expires_at > :accessNow))
            """;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final ClientAudit audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Directory directory;

    AccessPolicy(JdbcClient jdbc, CurrentUsers currentUsers, ClientAudit audit, Clock clock, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** Whether the signed-in person may open the client's record now, and why. */
    public AccessDecision decide(UUID clientId) {
        return decide(currentUsers.require(), clientId);
    }

    AccessDecision decide(CurrentUser user, UUID clientId) {
        Instant now = clock.instant();
        return AccessRules.decide(user, facts(user, clientId), LocalDate.ofInstant(now, zone), now, zone);
    }

    /**
     * The decision when it allows access; otherwise a {@link ClientAccessRefused} saying why, after writing the
     * refused attempt to the audit trail.
     */
    public AccessDecision require(UUID clientId) {
        AccessDecision decision = decide(clientId);
        if (!decision.allowed()) {
            audit.refused(clientId, decision.refusal());
            throw new ClientAccessRefused(clientId, decision.refusal(), decision.mayBreakGlass());
        }
        return decision;
    }

    /**
     * Whether the signed-in person may send a provider's clients to NDTMS, a population read for national submission
     * rather than care: they hold {@link Privilege#NDTMS_EXTRACT} and work for that provider, or for a lead provider,
     * which makes the partnership's returns for its partners (domain reference 3.1). Otherwise {@link AccessRefused}.
     */
    public void requireNdtmsSubmission(UUID providerId) {
        CurrentUser user = currentUsers.require();
        OrganisationSummary provider = directory.findOrganisation(providerId).orElse(null);
        boolean isProvider = provider != null
                && (provider.type() == OrganisationType.LEAD_PROVIDER
                        || provider.type() == OrganisationType.PARTNER_PROVIDER);
        boolean ownOrLead = user.organisationId().equals(providerId)
                || directory
                        .findOrganisation(user.organisationId())
                        .filter(o -> o.type() == OrganisationType.LEAD_PROVIDER)
                        .isPresent();
        if (!user.has(Privilege.NDTMS_EXTRACT) || !isProvider || !ownOrLead) {
            throw new AccessRefused(Messages.text("client.ndtms.refused"));
        }
    }

    /** Binds the parameters of {@link #ACCESSIBLE} for the given person. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CurrentUser user) {
        Instant now = clock.instant();
        return statement
                .param("accessUser", user.userId())
                .param("accessOrganisation", user.organisationId())
                .param("accessToday", LocalDate.ofInstant(now, zone))
                .param("accessNow", DbTime.toDb(now));
    }

    private AccessFacts facts(CurrentUser user, UUID clientId) {
        Registration registration = jdbc.sql("select gp_practice_id from client where id = ?")
                .param(clientId)
                .query((rs, n) -> new Registration(rs.getObject(1, UUID.class)))
                .optional()
                .orElseThrow(() -> new NotFound("Client", clientId));
        List<AccessFacts.Membership> memberships = jdbc.sql("""
                        select team_role, started_on, ended_on from client_care_team
                         where client_id = ? and organisation_id = ?
                        """)
                .param(clientId)
                .param(user.organisationId())
                .query((rs, n) -> new AccessFacts.Membership(
                        CareTeamRole.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .list();
        Map<ConsentPurpose, AccessFacts.Consent> consents = new EnumMap<>(ConsentPurpose.class);
        jdbc.sql("select purpose, decision, decided_on from client_consent_current where client_id = ?")
                .param(clientId)
                .query((rs, n) -> consents.put(
                        ConsentPurpose.valueOf(rs.getString(1)),
                        new AccessFacts.Consent(
                                ConsentDecision.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class))))
                .list();
        AccessFacts.BreakGlassGrant glass = jdbc.sql("""
                        select reason, expires_at from client_break_glass where client_id = ? and user_id = ?
                         order by expires_at desc fetch first 1 rows only
                        """)
                .param(clientId)
                .param(user.userId())
                .query((rs, n) -> new AccessFacts.BreakGlassGrant(rs.getString(1), DbTime.instant(rs, 2)))
                .optional()
                .orElse(null);
        return new AccessFacts(user.organisationId(), registration.practiceId(), memberships, consents, glass);
    }

    private record Registration(@Nullable UUID practiceId) {}
}
