package org.onedoor.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.indicators.IndicatorRequest;
import org.onedoor.indicators.IndicatorRow;
import org.onedoor.indicators.IndicatorScope;
import org.onedoor.indicators.Indicators;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every indicator for a partnership of 10,000 clients over 5 years (issue 17 speed; target under 1 s on PostgreSQL):
 * clients, providers, episodes and interventions written set-based and not timed ({@code onedoor.bench.clients},
 * default 10000), one to three episodes each between April 2012 and March 2017, opiate, non-opiate, non-opiate with
 * alcohol and alcohol-only in turn, discharged with successful, unsuccessful, died and neutral reasons in turn. Then
 * {@link Indicators#compute} for every indicator over April 2016 to March 2017, {@code onedoor.bench.repeats} times
 * (5), best and median reported, and for information the same with a window ending in each of the 12 months. Runs
 * with {@code scripts/bench-indicators.sh}, never in {@code ./mvnw verify}.
 */
@IntegrationTest
class IndicatorsBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Indicators indicators;

    @Test
    void everyIndicatorForAPartnership() {
        int clients = Latencies.intProperty("onedoor.bench.clients", 10_000);
        int repeats = Latencies.intProperty("onedoor.bench.repeats", 5);
        load(clients);
        IndicatorRequest year = new IndicatorRequest(
                List.of(),
                IndicatorScope.partnership(),
                YearMonth.of(2016, 4),
                YearMonth.of(2017, 3),
                LocalDate.of(2017, 12, 31),
                false);
        IndicatorRequest monthly = new IndicatorRequest(
                List.of(),
                IndicatorScope.partnership(),
                YearMonth.of(2016, 4),
                YearMonth.of(2017, 3),
                LocalDate.of(2017, 12, 31),
                true);
        List<IndicatorRow> rows = indicators.compute(year);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            indicators.compute(year);
            times.add((System.nanoTime() - start) / 1e6);
        }
        long start = System.nanoTime();
        List<IndicatorRow> months = indicators.compute(monthly);
        double monthlyTime = (System.nanoTime() - start) / 1e6;
        Collections.sort(times);
        StringBuilder report = new StringBuilder("==== Indicators benchmark\n");
        report.append(jdbc.sql("select count(*) || ' rows in indicator_intervention, '"
                                + " || count(distinct person_key) || ' persons' from indicator_intervention")
                        .query(String.class)
                        .single())
                .append('\n');
        report.append(String.format(
                "every indicator (%d rows), April 2016 to March 2017: best %s, median %s%n",
                rows.size(), Latencies.millis(times.get(0)), Latencies.millis(times.get(times.size() / 2))));
        report.append(
                String.format("monthly, 12 windows (%d rows): %s%n", months.size(), Latencies.millis(monthlyTime)));
        rows.stream()
                .filter(r -> r.indicator().startsWith("C19"))
                .forEach(r -> report.append(r).append('\n'));
        System.out.print(report.append("====\n\n"));
    }

    void load(int clients) {
        jdbc.sql("""
                insert into organisation (id, organisation_type, name, ods_code, active_from, version, created_at,
                       created_by)
                select cast(md5('ind-provider-' || c) as uuid), 'PARTNER_PROVIDER', 'Indicator provider ' || c,
                       'N9' || lpad(cast(c as text), 3, '0'), date '2010-01-01', 0,
                       timestamptz '2016-01-01 09:00:00+00', 'bench'
                  from generate_series(1, 10) c
                """).update();
        jdbc.sql("""
                insert into client (id, reference, legal_given_name, legal_family_name, date_of_birth, sex,
                    search_family, search_family3, search_given, version, created_at, created_by)
                select cast(md5('ind-client-' || n) as uuid), 'I' || (1000000 + n),
                       (array['Sam', 'Alex', 'Jo', 'Chris', 'Priya', 'Tom'])[1 + n % 6], 'Family' || n,
                       date '1950-01-01' + (n * 37) % 18000, (array['FEMALE', 'MALE'])[1 + n % 2],
                       'family' || n, 'fam', 'given', 0, timestamptz '2016-01-01 09:00:00+00', 'bench'
                  from generate_series(1, :clients) n
                """).param("clients", clients).update();
        jdbc.sql("""
                create table bench_indicator as
                select g, j, cast(md5('ind-client-' || g) as uuid) as client_id,
                       cast(md5('ind-episode-' || g || '-' || j) as uuid) as episode_id,
                       cast(md5('ind-provider-' || (1 + (g + j) % 10)) as uuid) as provider_id, s,
                       case when (j < g % 3 or g % 4 <> 0) and s + 60 + (g * 7) % 300 <= date '2017-12-31'
                            then s + 60 + (g * 7) % 300 end as e,
                       (array['80', '81', '82', '85', '86', '89', '88', '87'])[1 + (g + j) % 8] as code,
                       (array['HEROIN', 'CANNABIS', 'COCAINE', 'ALCOHOL'])[1 + g % 4] as s1,
                       case when g % 4 = 2 then 'ALCOHOL' end as s2
                  from generate_series(1, :clients) g
                 cross join generate_series(0, 2) j
                 cross join lateral (select date '2012-04-01' + (g * 7919) % 900 + j * 420 as s) st
                 where j <= g % 3
                """).param("clients", clients).update();
        jdbc.sql("""
                insert into treatment_episode (id, client_id, provider_id, journey_id, referred_on, triaged_on,
                       care_plan_started_on, substance_1, substance_2, status, discharged_on, discharge_reason,
                       version, created_at, created_by)
                select episode_id, client_id, provider_id, episode_id, s - 20, s - 15, s, s1, s2,
                       case when e is null then 'OPEN' else 'CLOSED' end, e, case when e is not null then code end,
                       0, timestamptz '2016-01-01 09:00:00+00', 'bench'
                  from bench_indicator
                """).update();
        jdbc.sql("""
                insert into treatment_intervention (id, episode_id, intervention_type, setting, delivered_by,
                       referred_on, first_offered_on, started_on, ended_on, exit_status, created_at, created_by)
                select cast(md5('ind-intervention-' || g || '-' || j) as uuid), episode_id, 'PSYCHOSOCIAL',
                       'COMMUNITY', provider_id, s - 20, s - 20 + (g % 30), s, e, case when e is not null then 'A' end,
                       timestamptz '2016-01-01 09:00:00+00', 'bench'
                  from bench_indicator
                """).update();
        jdbc.sql("drop table bench_indicator").update();
        for (String table : new String[] {"organisation", "client", "treatment_episode", "treatment_intervention"}) {
            jdbc.sql("vacuum analyze " + table).update();
        }
    }
}
