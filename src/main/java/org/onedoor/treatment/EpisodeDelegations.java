package org.onedoor.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which organisations may open and change episodes delivered by a provider: the provider itself, and any
 * organisation the lead provider's team manager has delegated that work to, for a stated period and reason.
 */
@Service
public class EpisodeDelegations {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    EpisodeDelegations(JdbcClient jdbc, Directory directory, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Whether people of the organisation may record episodes delivered by the provider on the day. */
    boolean allows(UUID organisation, UUID provider, LocalDate on) {
        return organisation.equals(provider)
                || jdbc.sql("""
                select count(*) from treatment_episode_delegation
                 where delegate_id = ? and provider_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
                """)
                                .param(organisation)
                                .param(provider)
                                .param(on)
                                .param(on)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** The delegations in force on the day or later, newest first, with organisation names. */
    public java.util.List<Delegation> current() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select d.id, p.name as provider, g.name as delegate, d.valid_from, d.valid_to, d.reason, d.granted_by
                  from treatment_episode_delegation d
                  join report_organisation p on p.organisation_id = d.provider_id
                  join report_organisation g on g.organisation_id = d.delegate_id
                 where d.valid_to is null or d.valid_to >= ?
                 order by d.granted_at desc
                """)
                .param(today)
                .query((rs, n) -> new Delegation(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /** Whether the signed-in person may grant delegations: a team manager of the lead provider. */
    public boolean mayGrant() {
        CurrentUser user = currentUsers.find().orElse(null);
        return user != null
                && user.holds(Role.TEAM_MANAGER)
                && directory
                        .findOrganisation(user.organisationId())
                        .filter(organisation -> organisation.type() == OrganisationType.LEAD_PROVIDER)
                        .isPresent();
    }

    /** One delegation as listed. */
    public record Delegation(
            UUID id,
            String provider,
            String delegate,
            LocalDate from,
            @Nullable LocalDate to,
            String reason,
            String grantedBy) {}

    /** A team manager of the lead provider lets the delegate record episodes delivered by the provider. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID grant(UUID provider, UUID delegate, LocalDate from, @Nullable LocalDate to, String reason) {
        if (!mayGrant()) {
            throw new AccessRefused(Messages.text("treatment.refused.delegate"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 500) {
            throw new DomainRuleViolation(
                    "REASON_REQUIRED", "reason", Messages.text("treatment.reason.reasonRequired"));
        }
        if (provider.equals(delegate)) {
            throw new DomainRuleViolation(
                    "SAME_ORGANISATION", "delegateId", Messages.text("treatment.delegateId.sameOrganisation"));
        }
        if (to != null && to.isBefore(from)) {
            throw new DomainRuleViolation(
                    "PERIOD_REVERSED", "validTo", Messages.text("treatment.validTo.periodReversed"));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_episode_delegation (id, provider_id, delegate_id, valid_from, valid_to, reason,
                    granted_by, granted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        directory.organisation(provider).id(),
                        directory.organisation(delegate).id(),
                        from,
                        to,
                        why,
                        currentUsers.actorName(),
                        DbTime.now(clock))
                .update();
        return id;
    }
}
