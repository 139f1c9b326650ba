package org.onedoor.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.ClientId;
import org.onedoor.client.ClientImport;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.referral.ReferralId;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for loading treatment histories in bulk (the demo partnership, benchmarks, migration): a trusted
 * path for administrators, like {@link ClientImport}. It checks every history first ({@link TreatmentImportCheck})
 * and saves nothing when one is wrong; then writes {@value #BATCH} clients at a time, every table as one batched
 * insert: episodes (journeys, transfers and re-presentations worked out as {@link RePresentationPolicy} does, also
 * against completions already on record), interventions, sub-interventions, episode history, and through the client
 * import the timeline and care-team entries. One audit entry per batch. No events are published: this is history.
 */
@Service
public class TreatmentImport {

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final OutcomeTelling outcomes;
    private final JdbcClient sql;
    private final ClientImport clients;
    private final Directory directory;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final RePresentationPolicy rePresentation;

    TreatmentImport(
            JdbcTemplate jdbc,
            JdbcClient sql,
            ClientImport clients,
            Directory directory,
            AccessLog log,
            CurrentUsers currentUsers,
            Clock clock,
            TreatmentSettings settings,
            OutcomeTelling outcomes) {
        this.outcomes = outcomes;
        this.jdbc = jdbc;
        this.sql = sql;
        this.clients = clients;
        this.directory = directory;
        this.log = log;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.rePresentation = new RePresentationPolicy(settings.rePresentationWindow());
    }

    /**
     * Imports each client's episodes; returns the new episodes' ids, client by client, in the order given.
     *
     * @throws IllegalArgumentException naming the first client and episode that breaks a rule
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public List<List<UUID>> importTreatment(List<ImportedTreatment> treatments) {
        TreatmentImportCheck.Codes codes = codes();
        TreatmentImportCheck check = new TreatmentImportCheck(codes, LocalDate.now(clock));
        for (int i = 0; i < treatments.size(); i++) {
            check.check(i, treatments.get(i));
        }
        Map<UUID, OrganisationSummary> organisations = new HashMap<>();
        List<List<UUID>> ids = new ArrayList<>(treatments.size());
        for (int from = 0; from < treatments.size(); from += BATCH) {
            ids.addAll(
                    batch(treatments.subList(from, Math.min(treatments.size(), from + BATCH)), codes, organisations));
        }
        return ids;
    }

    /** Accepted referrals linked to a client that no episode has come from yet, up to {@code limit}. */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    public List<ReferralToTreat> referralsWithoutEpisode(int limit) {
        return sql.sql("""
                select r.referral_id, r.client_id, r.allocated_to, r.received_at, r.accepted_at,
                       r.first_appointment_offered_on, r.first_intervention_started_on, r.needed_intervention,
                       r.substance_1, r.substance_2, r.substance_3
                  from report_referral r
                 where r.status = 'ACCEPTED' and r.client_id is not null
                   and not exists (select 1 from treatment_episode e where e.referral_id = r.referral_id)
                 order by r.accepted_at, r.referral_id
                 fetch first :limit rows only
                """)
                .param("limit", limit)
                .query((rs, n) -> new ReferralToTreat(
                        new ReferralId(rs.getObject(1, UUID.class)),
                        new ClientId(rs.getObject(2, UUID.class)),
                        new OrganisationId(rs.getObject(3, UUID.class)),
                        DbTime.instant(rs, 4),
                        DbTime.instant(rs, 5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        java.util.stream.Stream.of(rs.getString(9), rs.getString(10), rs.getString(11))
                                .filter(java.util.Objects::nonNull)
                                .toList()))
                .list();
    }

    private List<List<UUID>> batch(
            List<ImportedTreatment> treatments,
            TreatmentImportCheck.Codes codes,
            Map<UUID, OrganisationSummary> organisations) {
        Map<UUID, List<RePresentationPolicy.Completion>> earlier = completions(treatments);
        TreatmentImportRows rows = new TreatmentImportRows(
                currentUsers.actorName(),
                DbTime.now(clock),
                codes,
                rePresentation,
                id -> organisations.computeIfAbsent(
                        id,
                        key -> directory.findOrganisation(key).orElseThrow(() -> new NotFound("Organisation", key))));
        List<List<UUID>> ids = new ArrayList<>(treatments.size());
        for (ImportedTreatment treatment : treatments) {
            ids.add(rows.add(treatment, earlier.getOrDefault(treatment.clientId(), List.of())));
        }
        rows.write(jdbc);
        outcomes.tell(ids.stream().flatMap(List::stream).toList());
        clients.addEntries(rows.clientEntries());
        log.record(new AccessEvent(
                AccessAction.CREATE,
                AuditSubject.of("CLIENT", treatments.get(0).clientId()),
                "Bulk import",
                "Bulk import of treatment: " + rows.episodeCount() + " episodes for " + treatments.size()
                        + " clients"));
        return ids;
    }

    /** The successful completions already on record for the batch's clients, in one query. */
    private Map<UUID, List<RePresentationPolicy.Completion>> completions(List<ImportedTreatment> treatments) {
        List<UUID> clientIds =
                treatments.stream().map(ImportedTreatment::clientId).distinct().toList();
        String marks = String.join(", ", Collections.nCopies(clientIds.size(), "?"));
        return jdbc
                .query(
                        """
                        select e.client_id, e.id, e.discharged_on from treatment_episode e
                          join treatment_discharge_reason d on d.code = e.discharge_reason
                         where e.status = 'CLOSED' and d.outcome_class = 'SUCCESSFUL' and e.voided_at is null
                           and e.client_id in (%s)
                        """.formatted(marks),
                        (rs, n) -> Map.entry(
                                rs.getObject(1, UUID.class),
                                new RePresentationPolicy.Completion(
                                        rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class))),
                        clientIds.toArray())
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private TreatmentImportCheck.Codes codes() {
        Map<String, String> outcomes = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        jdbc.query("select code, outcome_class, label from treatment_discharge_reason", rs -> {
            outcomes.put(rs.getString(1), rs.getString(2));
            reasons.put(rs.getString(1), rs.getString(3));
        });
        Map<String, String> types = new HashMap<>();
        jdbc.query("select code, label from treatment_intervention_type", rs -> {
            types.put(rs.getString(1), rs.getString(2));
        });
        Map<String, String> subTypes = new HashMap<>();
        jdbc.query("select code, intervention_type from treatment_sub_intervention_type", rs -> {
            subTypes.put(rs.getString(1), rs.getString(2));
        });
        return new TreatmentImportCheck.Codes(
                outcomes,
                reasons,
                types,
                java.util.Set.copyOf(jdbc.queryForList("select code from treatment_setting", String.class)),
                subTypes,
                java.util.Set.copyOf(jdbc.queryForList("select code from treatment_exit_status", String.class)),
                java.util.Set.copyOf(jdbc.queryForList("select code from report_substance", String.class)));
    }
}
