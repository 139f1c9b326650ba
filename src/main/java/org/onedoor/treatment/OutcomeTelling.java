package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.onedoor.assessment.OutcomeEpisodes;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.client.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells assessment the episode facts its outcome rules and schedule need (told downwards, architecture 2.5): the
 * client, the care-plan start, whether the episode is alcohol only (an AOR rather than a TOP), the interventions
 * not yet ended, the discharge date, and for cohort outcome measures the provider and the NDTMS reporting substance
 * group (any opiate cited: opiate; else alcohol only, non-opiate and alcohol, or non-opiate only). Called in the saving transaction whenever an episode is saved
 * ({@link EpisodeStore}) and once per import batch, reading the facts back from treatment's own rows in one query.
 */
@Component
class OutcomeTelling {

    private final JdbcClient jdbc;
    private final OutcomeEpisodes outcomes;

    OutcomeTelling(JdbcClient jdbc, OutcomeEpisodes outcomes) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
    }

    void tell(Collection<UUID> episodeIds) {
        if (episodeIds.isEmpty()) {
            return;
        }
        List<OutcomeEpisodes.Told> told = jdbc.sql("""
                select e.id, e.client_id, e.care_plan_started_on,
                       case when e.substance_1 is not null and not exists (select 1 from report_substance s
                              where s.code in (e.substance_1, e.substance_2, e.substance_3)
                                and s.substance_group <> 'ALCOHOL') then 'ALCOHOL' else 'DRUG' end as substance_group,
                       (select count(*) from treatment_intervention i
                         where i.episode_id = e.id and i.voided_at is null and i.ended_on is null) as open_count,
                       case when e.status = 'CLOSED' then e.discharged_on end as closed_on,
                       e.provider_id,
                       case when exists (select 1 from report_substance s
                                          where s.code in (e.substance_1, e.substance_2, e.substance_3)
                                            and s.substance_group = 'OPIATES') then 'OPIATE'
                            when not exists (select 1 from report_substance s
                                              where s.code in (e.substance_1, e.substance_2, e.substance_3)
                                                and s.substance_group <> 'ALCOHOL') then 'ALCOHOL_ONLY'
                            when exists (select 1 from report_substance s
                                          where s.code in (e.substance_1, e.substance_2, e.substance_3)
                                            and s.substance_group = 'ALCOHOL') then 'NON_OPIATE_AND_ALCOHOL'
                            else 'NON_OPIATE_ONLY' end as reporting_group
                  from treatment_episode e
                 where e.id in (:ids) and e.voided_at is null
                """)
                .param("ids", episodeIds)
                .query((rs, n) -> new OutcomeEpisodes.Told(
                        rs.getObject(1, UUID.class),
                        new ClientId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, UUID.class),
                        ReportingSubstanceGroup.valueOf(rs.getString(8))))
                .list();
        outcomes.tellAll(told);
    }
}
