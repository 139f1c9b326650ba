package org.onedoor.bench;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The caseload benchmark's data, loaded by set-based SQL (PostgreSQL only), dated around the test clock's
 * 23 November 2026: clients C1000001…, each with a current episode at one of the providers (one in ten of them
 * closed) and three in ten with an earlier closed episode, ten appointments a fortnight apart per episode (past ones
 * attended, not attended, cancelled or still to record; future ones booked), two care-plan goals per open episode
 * and an outcome review for episodes older than three months. The benchmark keyworker holds exactly
 * {@code caseload} open episodes at the first provider; everyone else about as many.
 */
final class CaseloadData {

    private final JdbcClient jdbc;

    CaseloadData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void load(int clients, int caseload, List<UUID> providers, String keyworker) {
        jdbc.sql("""
                insert into client (id, reference, legal_given_name, legal_family_name, date_of_birth, sex,
                    nhs_number, postcode, search_family, search_family3, search_given, version, created_at, created_by)
                select gen_random_uuid(), 'C' || (1000000 + n), g.given, f.family || n % 1000,
                       date '1950-01-01' + (n * 37) % 20000, (array['FEMALE', 'MALE'])[1 + n % 2],
                       '998' || lpad(n::text, 7, '0'), 'NV1 4AP', lower(f.family) || n % 1000,
                       substr(lower(f.family), 1, 3), lower(g.given), 0, timestamptz '2026-11-01 09:00:00+00', 'bench'
                  from generate_series(1, :count) n
                  cross join lateral (select (array['Sam', 'Alex', 'Jo', 'Chris', 'Priya', 'Tom', 'Aisha', 'Megan',
                                             'Dan'])[1 + n % 9] given) g
                  cross join lateral (select (array['Jones', 'Smith', 'Patel', 'Khan', 'Taylor', 'Brown', 'Walsh',
                                             'Evans', 'Hughes', 'Okafor', 'Murphy'])[1 + n % 11] family) f
                """).param("count", clients).update();
        jdbc.sql("drop table if exists bench_client").update();
        jdbc.sql("drop table if exists bench_provider").update();
        jdbc.sql("create table bench_client as "
                        + "select id, cast(substr(reference, 2) as integer) - 1000000 as n from client "
                        + "where reference like 'C1%' and length(reference) = 8")
                .update();
        jdbc.sql("create table bench_provider (i integer, id uuid)").update();
        for (int i = 0; i < providers.size(); i++) {
            jdbc.sql("insert into bench_provider values (?, ?)")
                    .param(i)
                    .param(providers.get(i))
                    .update();
        }
        // the current episode of every client: the first `caseload` clients of provider 0 are the keyworker's
        jdbc.sql("""
                insert into treatment_episode (id, client_id, provider_id, journey_id, referred_on, triaged_on,
                    care_plan_started_on, substance_1, keyworker_username, keyworker_name, status, discharged_on,
                    discharge_reason, version, created_at, created_by)
                select gen_random_uuid(), c.id, p.id, gen_random_uuid(), t.triaged - 7, t.triaged,
                       case when c.n % 7 <> 0 then t.triaged + 7 end,
                       (array['ALCOHOL', 'OPIATES', 'CRACK', 'CANNABIS'])[1 + c.n % 4],
                       case when mine then :me else 'bench-kw-' || (c.n % :providers) || '-' || (c.n / 1200) end,
                       'Keyworker', case when c.n % 10 = 9 and not mine then 'CLOSED' else 'OPEN' end,
                       case when c.n % 10 = 9 and not mine then date '2026-11-01' end,
                       case when c.n % 10 = 9 and not mine then '81' end, 0, timestamptz '2026-11-01 09:00:00+00',
                       'bench'
                  from bench_client c
                  join bench_provider p on p.i = c.n % :providers
                  cross join lateral (select date '2026-11-23' - (20 + c.n % 380) as triaged,
                                             c.n % :providers = 0 and c.n / :providers between 1 and :caseload as mine) t
                """)
                .param("me", keyworker)
                .param("providers", providers.size())
                .param("caseload", caseload)
                .update();
        // an earlier, completed episode for three clients in ten
        jdbc.sql("""
                insert into treatment_episode (id, client_id, provider_id, journey_id, referred_on, triaged_on,
                    care_plan_started_on, substance_1, keyworker_username, keyworker_name, status, discharged_on,
                    discharge_reason, version, created_at, created_by)
                select gen_random_uuid(), c.id, p.id, gen_random_uuid(), date '2024-01-01' + c.n % 200,
                       date '2024-01-08' + c.n % 200, date '2024-01-15' + c.n % 200, 'ALCOHOL',
                       'bench-kw-old-' || c.n % 500, 'Former keyworker', 'CLOSED', date '2024-09-01' + c.n % 200,
                       '81', 0, timestamptz '2024-01-08 09:00:00+00', 'bench'
                  from bench_client c join bench_provider p on p.i = (c.n + 1) % :providers
                 where c.n % 10 < 3
                """).param("providers", providers.size()).update();
        jdbc.sql("""
                insert into client_care_team (id, client_id, origin_client_id, organisation_id, team_role,
                    started_on, created_at, created_by)
                select gen_random_uuid(), e.client_id, e.client_id, e.provider_id, 'RESPONSIBLE', e.triaged_on,
                       timestamptz '2026-11-01 09:00:00+00', 'bench'
                  from treatment_episode e where e.created_by = 'bench' and e.status = 'OPEN'
                """).update();
        // ten appointments per episode, a fortnight apart from a week after triage
        jdbc.sql("""
                insert into treatment_appointment (id, episode_id, client_id, keyworker_username, starts_at,
                    duration_minutes, kind, status, dna_reason, cancelled_by, cancellation_reason, version,
                    created_at, created_by)
                select gen_random_uuid(), e.id, e.client_id, e.keyworker_username, a.at, 45, 'ONE_TO_ONE', a.status,
                       case when a.status = 'DID_NOT_ATTEND' then 'NO_CONTACT' end,
                       case when a.status = 'CANCELLED' then 'CLIENT' end,
                       case when a.status = 'CANCELLED' then 'Unwell' end, 0, timestamptz '2026-11-01 09:00:00+00',
                       'bench'
                  from treatment_episode e
                  cross join generate_series(1, 10) k
                  cross join lateral (select cast(e.triaged_on + 7 + 14 * (k - 1) as timestamp)
                                             + interval '10' hour as at) t
                  cross join lateral (select t.at,
                        case when t.at >= timestamp '2026-11-23 12:00:00' then 'BOOKED'
                             when e.status = 'CLOSED' or (abs(hashtext(e.id::text)) + 7 * k) % 20 > 5
                                  then 'ATTENDED'
                             when (abs(hashtext(e.id::text)) + 7 * k) % 20 < 3 then 'DID_NOT_ATTEND'
                             when (abs(hashtext(e.id::text)) + 7 * k) % 20 < 5 then 'CANCELLED'
                             else 'BOOKED' end as status) a
                 where e.created_by = 'bench' and (e.status = 'OPEN' or t.at < cast(e.discharged_on as timestamp))
                """).update();
        String domain = jdbc.sql("select min(code) from treatment_goal_domain")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into treatment_care_plan_goal (id, episode_id, client_id, domain, goal_text, target_date,
                    status, set_on, next_review_due, version, created_at, created_by)
                select gen_random_uuid(), e.id, e.client_id, :domain, 'Benchmark goal ' || g, e.triaged_on + 180,
                       case when g = 1 then 'IN_PROGRESS' else 'NOT_STARTED' end, e.triaged_on + 7,
                       date '2026-11-23' + (abs(hashtext(e.id::text)) + 11 * g) % 60 - 20, 0,
                       timestamptz '2026-11-01 09:00:00+00', 'bench'
                  from treatment_episode e cross join generate_series(1, 2) g
                 where e.created_by = 'bench' and e.status = 'OPEN' and e.care_plan_started_on is not null
                """).param("domain", domain).update();
        jdbc.sql("""
                insert into treatment_outcome_review (id, episode_id, reviewed_on, created_at, created_by)
                select gen_random_uuid(), e.id, e.triaged_on + 90, timestamptz '2026-11-01 09:00:00+00', 'bench'
                  from treatment_episode e
                 where e.created_by = 'bench' and e.triaged_on + 90 < date '2026-11-23'
                """).update();
        jdbc.sql("drop table bench_client").update();
        jdbc.sql("drop table bench_provider").update();
        for (String table : new String[] {
            "client",
            "client_care_team",
            "treatment_episode",
            "treatment_appointment",
            "treatment_care_plan_goal",
            "treatment_outcome_review"
        }) {
            jdbc.sql("analyze " + table).update();
        }
    }

    /** Past appointments still booked on the keyworker's caseload, for the outcome POSTs (four per episode). */
    List<Booked> bookForOutcomes(String keyworker, int perEpisode) {
        jdbc.sql("""
                insert into treatment_appointment (id, episode_id, client_id, keyworker_username, starts_at,
                    duration_minutes, kind, status, version, created_at, created_by)
                select gen_random_uuid(), e.id, e.client_id, e.keyworker_username,
                       timestamp '2026-11-23 09:00:00' - k * interval '1' day, 30, 'TELEPHONE', 'BOOKED', 0,
                       timestamptz '2026-11-01 09:00:00+00', 'bench-outcome'
                  from treatment_episode e cross join generate_series(1, :per) k
                 where e.keyworker_username = :me and e.status = 'OPEN'
                """).param("per", perEpisode).param("me", keyworker).update();
        return jdbc.sql("select episode_id, id from treatment_appointment where created_by = 'bench-outcome' "
                        + "order by starts_at, id")
                .query((rs, n) -> new Booked(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    record Booked(UUID episode, UUID appointment) {}

    String counts() {
        return jdbc.sql("""
                select (select count(*) from client) || ' clients, '
                    || (select count(*) from treatment_episode) || ' episodes ('
                    || (select count(*) from treatment_episode where status = 'OPEN') || ' open), '
                    || (select count(*) from treatment_appointment) || ' appointments, '
                    || (select count(*) from treatment_care_plan_goal) || ' care-plan goals, '
                    || (select count(*) from treatment_outcome_review) || ' outcome reviews, '
                    || (select count(*) from client_care_team) || ' care-team rows'
                """).query(String.class).single();
    }
}
