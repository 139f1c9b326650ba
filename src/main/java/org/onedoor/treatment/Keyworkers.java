package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.CareTeamWorkers;
import org.onedoor.partnership.Directory;
import org.onedoor.security.AccountHolders;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keyworkers: who may be one (a current staff member of the provider with a OneDoor account), handing one client's
 * episode to another keyworker, and a team manager handing a whole caseload over at once (when someone leaves),
 * with the episode histories, the care team's named worker and the audit trail kept in step.
 */
@Service
public class Keyworkers {

    private final EpisodeWork work;
    private final EpisodeAuthority authority;
    private final AccountHolders accounts;
    private final Directory directory;
    private final CareTeamWorkers careTeamWorkers;
    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    Keyworkers(
            EpisodeWork work,
            EpisodeAuthority authority,
            AccountHolders accounts,
            Directory directory,
            CareTeamWorkers careTeamWorkers,
            CurrentUsers currentUsers,
            JdbcClient jdbc,
            java.time.Clock clock) {
        this.clock = clock;
        this.work = work;
        this.authority = authority;
        this.accounts = accounts;
        this.directory = directory;
        this.careTeamWorkers = careTeamWorkers;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
    }

    /** The provider's current staff who can be keyworkers, username to name, by name: two queries, joined here. */
    public Map<String, String> options(UUID provider) {
        LocalDate today = work.today();
        Map<UUID, String> current = new java.util.HashMap<>();
        for (var staff : directory.staffOf(provider)) {
            if (staff.activeOn(today)) {
                current.put(staff.id(), staff.fullName());
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (AccountHolders.AccountHolder holder : accounts.staffOf(provider)) {
            String name = current.get(holder.staffMemberId());
            if (name != null) {
                options.put(holder.username(), name);
            }
        }
        return options;
    }

    /** Refuses (403) a person who may not change the episode's keyworker, before the form is shown. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public void requireMayChange(UUID episodeId) {
        work.load(episodeId);
    }

    /** Hands one open episode to another keyworker of its provider. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void reassign(UUID episodeId, @Nullable String username) {
        EpisodeWork.Loaded loaded = work.load(episodeId);
        TreatmentEpisode episode = loaded.episode();
        FieldProblems.Collector problems = TreatmentRule.PROBLEMS.collector();
        if (username == null || username.isBlank()) {
            problems.add("keyworkerUsername", "REQUIRED", Messages.text("treatment.keyworkerUsername.required"));
        }
        EpisodeAuthority.Keyworker keyworker =
                authority.keyworker(username, null, episode.providerId(), work.today(), problems);
        problems.throwIfAny();
        String before = episode.keyworkerUsername();
        if (keyworker.username().equals(before)) {
            throw new DomainRuleViolation(
                    "SAME_KEYWORKER",
                    "keyworkerUsername",
                    Messages.text("treatment.keyworkerUsername.sameKeyworker.alreadyKeyworker", keyworker.name()));
        }
        episode.assignKeyworker(keyworker.username(), keyworker.name());
        careTeamWorkers.handOver(
                episode.providerId(), List.of(episode.clientId()), before, keyworker.username(), keyworker.name());
        work.changed(
                loaded,
                "KEYWORKER_CHANGED",
                "Keyworker changed to " + keyworker.name() + (before == null ? "" : " (was " + before + ")"),
                work.today(),
                null);
    }

    /** How many open episodes of the manager's organisation the worker keyworks (what a handover would move). */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public int caseloadSize(String username) {
        return jdbc.sql("""
                select count(*) from treatment_episode
                 where provider_id = ? and keyworker_username = ? and status = 'OPEN' and voided_at is null
                """)
                .param(requireManager().organisationId())
                .param(username)
                .query(Integer.class)
                .single();
    }

    /**
     * A team manager hands every open episode of their organisation keyworked by {@code from} to {@code to}; returns
     * how many moved. One statement moves them, one writes their histories, one batch audits them.
     */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public int reassignCaseload(String from, @Nullable String to) {
        CurrentUser manager = requireManager();
        UUID organisation = manager.organisationId();
        FieldProblems.Collector problems = TreatmentRule.PROBLEMS.collector();
        if (to == null || to.isBlank()) {
            problems.add(
                    "keyworkerUsername",
                    "REQUIRED",
                    Messages.text("treatment.keyworkerUsername.required.chooseWhoTakes"));
        }
        EpisodeAuthority.Keyworker keyworker = authority.keyworker(to, null, organisation, work.today(), problems);
        if (keyworker != null && keyworker.username().equals(from)) {
            problems.add(
                    "keyworkerUsername", "SAME_KEYWORKER", Messages.text("treatment.keyworkerUsername.sameKeyworker"));
        }
        problems.throwIfAny();
        List<Moved> moved = openEpisodes(organisation, from);
        if (moved.isEmpty()) {
            return 0;
        }
        List<UUID> ids = moved.stream().map(Moved::episodeId).toList();
        jdbc.sql("""
                update treatment_episode set keyworker_username = :to, keyworker_name = :name, version = version + 1,
                       changed_at = :at, changed_by = :by
                 where id in (:ids) and status = 'OPEN' and voided_at is null
                """)
                .param("to", keyworker.username())
                .param("name", keyworker.name())
                .param("at", now())
                .param("by", currentUsers.actorName())
                .param("ids", ids)
                .update();
        histories(ids, "Caseload handed over from " + from + " to " + keyworker.name());
        careTeamWorkers.handOver(
                organisation,
                moved.stream().map(Moved::clientId).distinct().toList(),
                from,
                keyworker.username(),
                keyworker.name());
        return moved.size();
    }

    private void histories(List<UUID> episodes, String summary) {
        StringBuilder sql = new StringBuilder("""
                insert into treatment_episode_history (id, episode_id, action, summary, changed_at, changed_by) values
                """);
        List<Object> params = new ArrayList<>();
        for (UUID episode : episodes) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, 'KEYWORKER_CHANGED', ?, ?, ?)");
            params.addAll(List.of(UUID.randomUUID(), episode, summary, now(), currentUsers.actorName()));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    private List<Moved> openEpisodes(UUID organisation, String keyworker) {
        return jdbc.sql("""
                select id, client_id from treatment_episode
                 where provider_id = ? and keyworker_username = ? and status = 'OPEN' and voided_at is null
                """)
                .param(organisation)
                .param(keyworker)
                .query((rs, n) -> new Moved(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    private CurrentUser requireManager() {
        CurrentUser user = currentUsers.require();
        if (!user.holds(Role.TEAM_MANAGER)) {
            throw new AccessRefused(Messages.text("treatment.refused.colleagueCaseload"));
        }
        return user;
    }

    private java.time.OffsetDateTime now() {
        return DbTime.now(clock);
    }

    private record Moved(UUID episodeId, UUID clientId) {}
}
