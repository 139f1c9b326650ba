package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads episodes for people allowed to see their client; every read is written to the audit trail. */
@Service
public class EpisodeRecords {

    private final JdbcClient jdbc;
    private final EpisodeStore store;
    private final TreatmentCodes codes;
    private final ClinicalChanges changes;
    private final java.time.Clock clock;

    EpisodeRecords(
            JdbcClient jdbc, EpisodeStore store, TreatmentCodes codes, ClinicalChanges changes, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.codes = codes;
        this.changes = changes;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public EpisodeView episode(UUID episodeId) {
        TreatmentEpisode episode = store.load(episodeId);
        AccessDecision decision = changes.require(episode.clientId());
        EpisodeState s = episode.state();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> labels = labels(today);
        Map<UUID, String> names = jdbc
                .sql("select organisation_id, name from report_organisation")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<EpisodeView.InterventionView> interventions = episode.interventions().stream()
                .map(i -> new EpisodeView.InterventionView(
                        i.id(),
                        i.type(),
                        labels.getOrDefault(i.type(), i.type()),
                        i.setting(),
                        labels.getOrDefault(i.setting(), i.setting()),
                        i.deliveredBy(),
                        names.getOrDefault(i.deliveredBy(), "Unknown organisation"),
                        i.referredOn(),
                        i.firstOfferedOn(),
                        i.startedOn(),
                        i.endedOn(),
                        i.exitStatus(),
                        i.exitStatus() == null ? null : labels.get("exit:" + i.exitStatus()),
                        i.subInterventions().stream()
                                .map(sub -> new EpisodeView.SubView(
                                        sub.type(), labels.getOrDefault(sub.type(), sub.type()), sub.startedOn()))
                                .toList()))
                .toList();
        TreatmentCodes.Code reason = s.dischargeReason() == null
                ? null
                : codes.find(codes.dischargeReasons(s.dischargedOn()), s.dischargeReason())
                        .orElse(null);
        LocalDate completedOn = s.rePresentationOf() == null
                ? null
                : jdbc.sql("select discharged_on from treatment_episode where id = ?")
                        .param(s.rePresentationOf())
                        .query(LocalDate.class)
                        .single();
        changes.viewed(s.clientId(), decision, "Episode at " + names.get(s.providerId()));
        return new EpisodeView(
                new EpisodeId(s.id()),
                new ClientId(s.clientId()),
                new OrganisationId(s.providerId()),
                names.get(s.providerId()),
                s.referralId(),
                s.journeyId(),
                EpisodeId.ofNullable(s.transferredFrom()),
                s.referredOn(),
                s.triagedOn(),
                s.carePlanStartedOn(),
                s.substances().stream()
                        .map(code -> labels.getOrDefault(code, code))
                        .toList(),
                s.keyworkerUsername(),
                s.keyworkerName(),
                s.open(),
                s.dischargedOn(),
                s.dischargeReason(),
                reason == null ? s.dischargeReason() : reason.label(),
                reason == null ? null : OutcomeClass.valueOf(reason.group()),
                s.dischargeDestination(),
                s.transferredTo() == null ? null : names.get(s.transferredTo()),
                EpisodeId.ofNullable(s.rePresentationOf()),
                completedOn,
                interventions,
                s.version());
    }

    /** The client's episodes, newest first (the client's access is checked; the list is audited with the page). */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public List<EpisodeSummary> forClient(UUID clientId) {
        changes.require(clientId);
        return jdbc.sql("""
                select e.id, o.name, e.triaged_on, e.status, e.discharged_on, d.label, d.outcome_class,
                       (select count(*) from treatment_intervention i
                         where i.episode_id = e.id and i.ended_on is null and i.voided_at is null) open_interventions,
                       e.keyworker_name, e.re_presentation_of
                  from treatment_episode e
                  join report_organisation o on o.organisation_id = e.provider_id
                  left join treatment_discharge_reason d on d.code = e.discharge_reason
                 where e.client_id = ? and e.voided_at is null
                 order by e.triaged_on desc, e.created_at desc
                """)
                .param(clientId)
                .query((rs, n) -> new EpisodeSummary(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        "OPEN".equals(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7) == null ? null : OutcomeClass.valueOf(rs.getString(7)),
                        rs.getInt(8),
                        rs.getString(9),
                        rs.getObject(10, UUID.class) != null))
                .list();
    }

    /** Referrals of this client accepted by the person's organisation that no episode has been opened from yet. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public List<AwaitingEpisode> referralsAwaitingEpisode(UUID clientId, UUID organisationId) {
        changes.require(clientId);
        return jdbc.sql("""
                select r.referral_id, r.reference, r.accepted_at from report_referral r
                 where r.client_id = ? and r.status = 'ACCEPTED' and r.allocated_to = ?
                   and not exists (select 1 from treatment_episode e
                                    where e.referral_id = r.referral_id and e.voided_at is null)
                 order by r.accepted_at
                """)
                .param(clientId)
                .param(organisationId)
                .query((rs, n) -> new AwaitingEpisode(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        LocalDate.ofInstant(DbTime.instant(rs, 3), clock.getZone())))
                .list();
    }

    /** An accepted referral waiting for its episode. */
    public record AwaitingEpisode(UUID referralId, String reference, LocalDate acceptedOn) {}

    private Map<String, String> labels(LocalDate on) {
        Map<String, String> labels = new java.util.HashMap<>();
        for (List<TreatmentCodes.Code> list : List.of(
                codes.interventionTypes(on),
                codes.settings(on),
                codes.subInterventionTypes(on),
                codes.substances(on))) {
            list.forEach(code -> labels.put(code.code(), code.label()));
        }
        codes.exitStatuses(on).forEach(code -> labels.put("exit:" + code.code(), code.label()));
        return labels;
    }
}
