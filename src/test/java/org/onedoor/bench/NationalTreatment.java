package org.onedoor.bench;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national benchmark's live treatment records, loaded by set-based SQL (PostgreSQL only) into treatment's and
 * partnership's tables, so that a month end takes its snapshot the way production does: {@code contracts}
 * providers with agency codes N0001…, {@code practices} GP practices P00000…, and a client per number g: an episode
 * at provider 1 + g mod contracts, triaged between June 2015 and January 2017, with one primary-care intervention
 * delivered by practice g mod practices; one in five discharged 30 to 330 days after starting (if by the as-of day)
 * with reasons 80, 81, 85, 86, 83 in turn; one in four of the successful completers triaged again at the same
 * provider 2 to 9 months later (a second episode, so some sustained exits fail). Ids are derived from g, so the
 * same numbers give the same records.
 */
final class NationalTreatment {

    private final JdbcClient jdbc;

    NationalTreatment(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void load(int clients, int contracts, int practices, LocalDate asOf) {
        jdbc.sql("""
                insert into organisation (id, organisation_type, name, ods_code, active_from, version, created_at,
                       created_by)
                select cast(md5('bench-provider-' || c) as uuid), 'PARTNER_PROVIDER', 'Benchmark provider ' || c,
                       'N' || lpad(cast(c as text), 4, '0'), date '2010-01-01', 0, timestamptz '2016-01-01 09:00:00+00',
                       'bench'
                  from generate_series(1, :contracts) c
                """).param("contracts", contracts).update();
        jdbc.sql("""
                insert into organisation (id, organisation_type, name, ods_code, active_from, version, created_at,
                       created_by)
                select cast(md5('bench-practice-' || p) as uuid), 'GP_PRACTICE', 'Benchmark practice ' || p,
                       'P' || lpad(cast(p as text), 5, '0'), date '2010-01-01', 0, timestamptz '2016-01-01 09:00:00+00',
                       'bench'
                  from generate_series(0, :practices - 1) p
                """).param("practices", practices).update();
        String firstEpisodes = """
                select g, cast(md5('bench-client-' || g) as uuid) as client_id,
                       cast(md5('bench-episode-' || g) as uuid) as episode_id,
                       cast(md5('bench-provider-' || (1 + g % :contracts)) as uuid) as provider_id,
                       cast(md5('bench-practice-' || (g % :practices)) as uuid) as practice_id, s, e,
                       case when e is not null then (array['80', '81', '85', '86', '83'])[1 + (g / 5) % 5] end as code
                  from generate_series(1, :clients) g
                 cross join lateral (select date '2015-06-01' + ((g % 600) * 7919) % 600 as s) st
                 cross join lateral (select case when g % 5 = 0 and s + 30 + ((g % 300) * 31) % 300 <= :asOf
                                                 then s + 30 + ((g % 300) * 31) % 300 end as e) en
                """;
        jdbc.sql("create table bench_episode as " + firstEpisodes)
                .param("contracts", contracts)
                .param("practices", practices)
                .param("clients", clients)
                .param("asOf", asOf)
                .update();
        jdbc.sql("""
                insert into treatment_episode (id, client_id, provider_id, journey_id, referred_on, triaged_on,
                       care_plan_started_on, substance_1, status, discharged_on, discharge_reason, version,
                       created_at, created_by)
                select episode_id, client_id, provider_id, episode_id, s - 9, s - 5, s, 'ALCOHOL',
                       case when e is null then 'OPEN' else 'CLOSED' end, e, code, 0,
                       timestamptz '2016-01-01 09:00:00+00', 'bench'
                  from bench_episode
                """).update();
        jdbc.sql("""
                insert into treatment_intervention (id, episode_id, intervention_type, setting, delivered_by,
                       referred_on, started_on, ended_on, created_at, created_by)
                select cast(md5('bench-intervention-' || g) as uuid), episode_id, 'PSYCHOSOCIAL', 'PRIMARY_CARE',
                       practice_id, s - 9, s, e, timestamptz '2016-01-01 09:00:00+00', 'bench'
                  from bench_episode
                """).update();
        // the returns: a second episode 2 to 9 months after one in four successful completions
        jdbc.sql("""
                create table bench_return as
                select g, client_id, provider_id, practice_id, e + 60 + (g * 13) % 210 as r
                  from bench_episode
                 where code in ('80', '81') and g % 4 = 0 and e + 60 + (g * 13) % 210 <= :asOf
                """).param("asOf", asOf).update();
        jdbc.sql("""
                insert into treatment_episode (id, client_id, provider_id, journey_id, referred_on, triaged_on,
                       substance_1, status, version, created_at, created_by)
                select cast(md5('bench-return-' || g) as uuid), client_id, provider_id,
                       cast(md5('bench-return-' || g) as uuid), r - 3, r, 'ALCOHOL', 'OPEN', 0,
                       timestamptz '2016-01-01 09:00:00+00', 'bench'
                  from bench_return
                """).update();
        jdbc.sql("""
                insert into treatment_intervention (id, episode_id, intervention_type, setting, delivered_by,
                       referred_on, started_on, created_at, created_by)
                select cast(md5('bench-return-intervention-' || g) as uuid), cast(md5('bench-return-' || g) as uuid),
                       'PSYCHOSOCIAL', 'PRIMARY_CARE', practice_id, r - 3, r + 4,
                       timestamptz '2016-01-01 09:00:00+00', 'bench'
                  from bench_return
                """).update();
        jdbc.sql("drop table bench_episode").update();
        jdbc.sql("drop table bench_return").update();
        // what autovacuum does soon after a bulk load
        for (String table : new String[] {"organisation", "treatment_episode", "treatment_intervention"}) {
            jdbc.sql("vacuum analyze " + table).update();
        }
    }

    String counts() {
        return jdbc.sql("""
                select (select count(*) from treatment_episode) || ' episodes, '
                    || (select count(*) from treatment_intervention) || ' interventions, '
                    || (select count(*) from organisation) || ' organisations'
                """).query(String.class).single();
    }
}
