package org.onedoor.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outcome benchmark's data, written set-based on PostgreSQL: clients O1000001… spread over the partners (blocks
 * of 16 clients in turn, each client in its partner's care team), one told episode each (one in four alcohol only, so an AOR), and
 * four final outcome records each: the start TOP/AOR, its review, and a PHQ-9 (even n) or GAD-7 (odd n) start and
 * review. Every record's answers and scores are copies of a template record that {@code OutcomeImport} checked and
 * scored, so the rows have the shape the recording path stores; the values the cohort measures read (days used of
 * the main substance, injecting and paid-work days, acute housing, PHQ-9 and GAD-7 totals) vary by client so that
 * some improve and some do not. Starts are spread over the five and a half years before 200 days ago, reviews
 * 26 weeks later give or take four weeks; one in ten reviews falls outside the 6-week window. Ids are derived from
 * the client number so every statement can compute them again instead of joining.
 */
final class OutcomeData {

    static final String DRUG_DAYS =
            "('opiates_days', 'crack_days', 'cocaine_days', 'amphetamines_days', 'cannabis_days', 'other_days')";

    private final JdbcClient jdbc;
    private final LocalDate today;

    OutcomeData(JdbcClient jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    static UUID client(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-9000-%012x", n));
    }

    /** Clients 1…count, their care teams and told episodes. */
    void clients(int count, List<UUID> partners) {
        jdbc.sql("""
                insert into client (id, reference, legal_given_name, legal_family_name, date_of_birth, sex,
                    nhs_number, postcode, search_family, search_family3, search_given, version, created_at, created_by)
                select cast('00000000-0000-4000-9000-' || lpad(to_hex(n), 12, '0') as uuid), 'O' || (1000000 + n),
                       (array['Sam', 'Alex', 'Jo', 'Chris', 'Priya', 'Tom', 'Aisha'])[1 + n % 7], 'Outcome' || n,
                       date '1960-01-01' + (n * 37) % 15000, (array['FEMALE', 'MALE'])[1 + n % 2],
                       '998' || lpad(n::text, 7, '0'), 'NV1 4AP', 'outcome' || n, 'out', 'sam', 0,
                       timestamptz '2026-11-30 09:00:00+00', 'benchmark'
                  from generate_series(1, :count) n
                """).param("count", count).update();
        String partnerArray = partners.stream()
                .map(p -> "'" + p + "'")
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        jdbc.sql("""
                insert into client_care_team (id, client_id, origin_client_id, organisation_id, team_role,
                    started_on, created_at, created_by)
                select gen_random_uuid(), c.id, c.id, cast((array[%s])[1 + (n / 16) %% :partners] as uuid), 'RESPONSIBLE',
                       date '2020-01-01', timestamptz '2026-11-30 09:00:00+00', 'benchmark'
                  from generate_series(1, :count) n
                  join client c on c.id = cast('00000000-0000-4000-9000-' || lpad(to_hex(n), 12, '0') as uuid)
                """.formatted(partnerArray))
                .param("count", count)
                .param("partners", partners.size())
                .update();
        jdbc.sql("""
                insert into assessment_episode (id, client_id, care_plan_started_on, substance_group,
                    open_interventions, closed_on, told_at, provider_id, reporting_substance_group)
                select cast('00000000-0000-4000-a000-' || lpad(to_hex(n), 12, '0') as uuid),
                       cast('00000000-0000-4000-9000-' || lpad(to_hex(n), 12, '0') as uuid),
                       cast(:today as date) - 200 - (n * 37) %% 2000,
                       case when n %% 4 = 0 then 'ALCOHOL' else 'DRUG' end, 1, null,
                       timestamptz '2026-11-30 09:00:00+00', cast((array[%s])[1 + (n / 16) %% :partners] as uuid),
                       case when n %% 4 = 0 then 'ALCOHOL_ONLY' when n %% 4 = 1 then 'OPIATE'
                            when n %% 8 = 2 then 'NON_OPIATE_AND_ALCOHOL' else 'NON_OPIATE_ONLY' end
                  from generate_series(1, :count) n
                """.formatted(partnerArray))
                .param("count", count)
                .param("today", today)
                .param("partners", partners.size())
                .update();
    }

    /**
     * Four records per client (n, k = 0…3) copied from the templates' answers and scores, with the values the
     * measures read made to vary. {@code templates} maps top, aor, phq9 and gad7 to a checked and scored record.
     */
    void records(int count, List<UUID> partners, Map<String, UUID> templates) {
        String partnerArray = partners.stream()
                .map(p -> "'" + p + "'")
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        String slots = """
                select n, k, cast('00000000-0000-4000-b' || to_hex(k) || '00-' || lpad(to_hex(n), 12, '0') as uuid) as id,
                       case when k < 2 then (case when n % 4 = 0 then 'aor' else 'top' end)
                            else (case when n % 2 = 0 then 'phq9' else 'gad7' end) end as instrument,
                       case when k % 2 = 0 then 'START' else 'REVIEW' end as stage,
                       cast(:today as date) - 200 - (n * 37) % 2000
                         + case when k % 2 = 0 then 0
                                when n % 10 = 3 then 250 else 182 + (n * 13) % 57 - 28 end as done_on
                  from generate_series(1, :count) n cross join generate_series(0, 3) k
                """;
        String templateTable = "(values ('top', cast(:top as uuid)), ('aor', cast(:aor as uuid)),"
                + " ('phq9', cast(:phq9 as uuid)), ('gad7', cast(:gad7 as uuid))) as t (instrument, record_id)";
        jdbc.sql("""
                insert into assessment_outcome_record (id, client_id, episode_id, instrument, instrument_version,
                    stage, done_on, status, organisation_id, entered_at, entered_by)
                select x.id, cast('00000000-0000-4000-9000-' || lpad(to_hex(x.n), 12, '0') as uuid),
                       cast('00000000-0000-4000-a000-' || lpad(to_hex(x.n), 12, '0') as uuid), x.instrument, 1,
                       x.stage, x.done_on, 'FINAL', cast((array[%s])[1 + (x.n / 16) %% :partners] as uuid),
                       cast(x.done_on as timestamp) + interval '1' day, 'benchmark'
                  from (%s) x
                """.formatted(partnerArray, slots))
                .param("count", count)
                .param("today", today)
                .param("partners", partners.size())
                .update();
        jdbc.sql("""
                insert into assessment_outcome_answer (record_id, item, answer)
                select x.id, a.item,
                       case when a.item = 'acute_housing' and x.n %% 3 = 0 and (x.k = 0 or x.n %% 2 = 0) then 'Y'
                            when a.item = 'acute_housing' then 'N'
                            else a.answer end
                  from (%s) x
                  join %s on t.instrument = x.instrument
                  join assessment_outcome_answer a on a.record_id = t.record_id
                """.formatted(slots, templateTable))
                .param("count", count)
                .param("today", today)
                .params(templates)
                .update();
        jdbc.sql("""
                insert into assessment_outcome_score (record_id, score, label, score_value, band)
                select x.id, s.score, s.label,
                       case when s.score in %s or (x.instrument = 'aor' and s.score = 'alcohol_days') then
                                 case when s.score_value = 0 then 0
                                      when x.k = 0 then 4 + x.n %% 25
                                      when x.n %% 5 = 0 then 0
                                      when x.n %% 5 in (1, 2) then (4 + x.n %% 25) / 2
                                      when x.n %% 5 = 3 then 4 + x.n %% 25
                                      else least(28, 6 + x.n %% 25) end
                            when s.score = 'injecting_days' then
                                 case when x.n %% 3 <> 0 then 0 when x.k = 0 or x.n %% 2 = 1 then 8 else 0 end
                            when s.score = 'paid_work_days' then
                                 case when x.n %% 4 = 0 then 10 when x.k = 1 and x.n %% 4 = 1 then 12 else 0 end
                            when s.score = 'total' and x.instrument = 'phq9' then
                                 greatest(0, (x.n * 7) %% 28 - case when x.k = 3 then x.n %% 10 else 0 end)
                            when s.score = 'total' and x.instrument = 'gad7' then
                                 greatest(0, (x.n * 5) %% 22 - case when x.k = 3 then x.n %% 8 else 0 end)
                            else s.score_value end,
                       s.band
                  from (%s) x
                  join %s on t.instrument = x.instrument
                  join assessment_outcome_score s on s.record_id = t.record_id
                """.formatted(DRUG_DAYS, slots, templateTable))
                .param("count", count)
                .param("today", today)
                .params(templates)
                .update();
        for (String table : new String[] {
            "client",
            "client_care_team",
            "assessment_episode",
            "assessment_outcome_record",
            "assessment_outcome_answer",
            "assessment_outcome_score"
        }) {
            jdbc.sql("analyze " + table).update();
        }
    }

    String counts() {
        return jdbc.sql("""
                select (select count(*) from client) || ' clients, '
                    || (select count(*) from assessment_episode) || ' told episodes, '
                    || (select count(*) from assessment_outcome_record) || ' outcome records, '
                    || (select count(*) from assessment_outcome_answer) || ' answers, '
                    || (select count(*) from assessment_outcome_score) || ' scores'
                """).query(String.class).single();
    }
}
