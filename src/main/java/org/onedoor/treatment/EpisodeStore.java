package org.onedoor.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and saves a {@link TreatmentEpisode} whole with plain SQL: the episode row under its version, new
 * interventions and sub-interventions inserted, changed ones updated. Nothing is ever deleted. Each save tells
 * assessment the episode's outcome facts ({@link OutcomeTelling}).
 */
@Component
class EpisodeStore {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final OutcomeTelling outcomes;

    EpisodeStore(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock, OutcomeTelling outcomes) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    TreatmentEpisode load(UUID id) {
        EpisodeState state = jdbc.sql("select * from treatment_episode where id = ? and voided_at is null")
                .param(id)
                .query((rs, n) -> state(rs))
                .optional()
                .orElseThrow(() -> new NotFound("Episode", id));
        Map<UUID, List<Intervention.SubIntervention>> subs = jdbc
                .sql("""
                        select s.id, s.intervention_id, s.sub_type, s.started_on from treatment_sub_intervention s
                          join treatment_intervention i on i.id = s.intervention_id
                         where i.episode_id = ? and s.voided_at is null order by s.started_on, s.id
                        """)
                .param(id)
                .query((rs, n) -> Map.entry(
                        rs.getObject(2, UUID.class),
                        new Intervention.SubIntervention(
                                rs.getObject(1, UUID.class), rs.getString(3), rs.getObject(4, LocalDate.class), false)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Intervention> interventions = jdbc.sql("""
                        select * from treatment_intervention where episode_id = ? and voided_at is null
                         order by referred_on, created_at, id
                        """)
                .param(id)
                .query((rs, n) -> new Intervention(
                        rs.getObject("id", UUID.class),
                        rs.getString("intervention_type"),
                        rs.getString("setting"),
                        rs.getObject("delivered_by", UUID.class),
                        rs.getObject("referred_on", LocalDate.class),
                        rs.getObject("first_offered_on", LocalDate.class),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        rs.getString("exit_status"),
                        subs.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                        false))
                .list();
        return new TreatmentEpisode(state, interventions);
    }

    void insert(TreatmentEpisode episode) {
        EpisodeState s = episode.state();
        jdbc.sql("""
                insert into treatment_episode (id, client_id, provider_id, referral_id, journey_id, transferred_from,
                    referred_on, triaged_on, care_plan_started_on, substance_1, substance_2, substance_3,
                    keyworker_username, keyworker_name, status, re_presentation_of, version, created_at, created_by)
                values (:id, :client, :provider, :referral, :journey, :transferredFrom, :referredOn, :triagedOn,
                    :carePlan, :s1, :s2, :s3, :keyworker, :keyworkerName, 'OPEN', :rePresentationOf, 0, :at, :by)
                """)
                .param("id", s.id())
                .param("client", s.clientId())
                .param("provider", s.providerId())
                .param("referral", s.referralId())
                .param("journey", s.journeyId())
                .param("transferredFrom", s.transferredFrom())
                .param("referredOn", s.referredOn())
                .param("triagedOn", s.triagedOn())
                .param("carePlan", s.carePlanStartedOn())
                .param("s1", substance(s, 0))
                .param("s2", substance(s, 1))
                .param("s3", substance(s, 2))
                .param("keyworker", s.keyworkerUsername())
                .param("keyworkerName", s.keyworkerName())
                .param("rePresentationOf", s.rePresentationOf())
                .param("at", now())
                .param("by", by())
                .update();
        outcomes.tell(List.of(s.id()));
    }

    void update(TreatmentEpisode episode) {
        EpisodeState s = episode.state();
        int changed = jdbc.sql("""
                update treatment_episode set care_plan_started_on = :carePlan, status = :status,
                       discharged_on = :dischargedOn, discharge_reason = :reason, discharge_destination = :destination,
                       transferred_to = :transferredTo, keyworker_username = :keyworker,
                       keyworker_name = :keyworkerName, version = version + 1, changed_at = :at, changed_by = :by
                 where id = :id and version = :version
                """)
                .param("carePlan", s.carePlanStartedOn())
                .param("status", s.open() ? "OPEN" : "CLOSED")
                .param("keyworker", s.keyworkerUsername())
                .param("keyworkerName", s.keyworkerName())
                .param("dischargedOn", s.dischargedOn())
                .param("reason", s.dischargeReason())
                .param("destination", s.dischargeDestination())
                .param("transferredTo", s.transferredTo())
                .param("at", now())
                .param("by", by())
                .param("id", s.id())
                .param("version", s.version())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Episode " + s.id() + " was changed by someone else");
        }
        for (Intervention intervention : episode.interventions()) {
            if (intervention.isNew()) {
                insert(s.id(), intervention);
            } else if (intervention.changed()) {
                jdbc.sql("""
                        update treatment_intervention set first_offered_on = :offered, started_on = :started,
                               ended_on = :ended, exit_status = :exit, changed_at = :at, changed_by = :by
                         where id = :id
                        """)
                        .param("offered", intervention.firstOfferedOn())
                        .param("started", intervention.startedOn())
                        .param("ended", intervention.endedOn())
                        .param("exit", intervention.exitStatus())
                        .param("at", now())
                        .param("by", by())
                        .param("id", intervention.id())
                        .update();
            }
            for (Intervention.SubIntervention sub : intervention.subInterventions()) {
                if (sub.isNew()) {
                    jdbc.sql("""
                            insert into treatment_sub_intervention (id, intervention_id, sub_type, started_on,
                                created_at, created_by)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                            .params(sub.id(), intervention.id(), sub.type(), sub.startedOn(), now(), by())
                            .update();
                }
            }
        }
        outcomes.tell(List.of(s.id()));
    }

    void history(UUID episodeId, String action, String summary) {
        jdbc.sql("""
                insert into treatment_episode_history (id, episode_id, action, summary, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), episodeId, action, summary, now(), by())
                .update();
    }

    private void insert(UUID episodeId, Intervention intervention) {
        jdbc.sql("""
                insert into treatment_intervention (id, episode_id, intervention_type, setting, delivered_by,
                    referred_on, first_offered_on, started_on, ended_on, exit_status, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        intervention.id(),
                        episodeId,
                        intervention.type(),
                        intervention.setting(),
                        intervention.deliveredBy(),
                        intervention.referredOn(),
                        intervention.firstOfferedOn(),
                        intervention.startedOn(),
                        intervention.endedOn(),
                        intervention.exitStatus(),
                        now(),
                        by())
                .update();
    }

    private static EpisodeState state(ResultSet rs) throws SQLException {
        List<String> substances = new ArrayList<>();
        for (String column : List.of("substance_1", "substance_2", "substance_3")) {
            if (rs.getString(column) != null) {
                substances.add(rs.getString(column));
            }
        }
        return new EpisodeState(
                rs.getObject("id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getObject("referral_id", UUID.class),
                rs.getObject("journey_id", UUID.class),
                rs.getObject("transferred_from", UUID.class),
                rs.getObject("referred_on", LocalDate.class),
                rs.getObject("triaged_on", LocalDate.class),
                rs.getObject("care_plan_started_on", LocalDate.class),
                substances,
                rs.getString("keyworker_username"),
                rs.getString("keyworker_name"),
                "OPEN".equals(rs.getString("status")),
                rs.getObject("discharged_on", LocalDate.class),
                rs.getString("discharge_reason"),
                rs.getString("discharge_destination"),
                rs.getObject("transferred_to", UUID.class),
                rs.getObject("re_presentation_of", UUID.class),
                rs.getInt("version"));
    }

    private static String substance(EpisodeState state, int index) {
        return state.substances().size() > index ? state.substances().get(index) : null;
    }

    private OffsetDateTime now() {
        return DbTime.now(clock);
    }

    private String by() {
        return currentUsers.actorName();
    }
}
