package org.onedoor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outcome records for the outcome-measure benchmark, written set-based with {@code generate_series} straight into
 * assessment's tables (PostgreSQL only; benchmark set-up, never product code). Client n of {@code clients} is at
 * provider n mod the number of providers, with one episode, a TOP and a PHQ-9 at the start (4 January 2016 plus n
 * mod 270 days) and at a review 168 to 196 days later, so every review is the 6-month one. With v = n / 11 (so that
 * outcomes do not follow the provider): a third become abstinent, a quarter inject at the start (each with a
 * hepatitis C test ten days later), PHQ-9 falls by (n / 7) mod 10 from 5 + v mod 20, and one in ten has a
 * physical-health record with a health check. Ids are md5 hashes of the client number,
 * so the data is the same on every run.
 */
final class OutcomeRecords {

    private static final String START = "date '2016-01-04' + (g.n % 270)";
    private static final String REVIEW = START + " + 168 + (g.n % 29)";

    private final JdbcClient jdbc;

    OutcomeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void load(int clients, List<UUID> providers) {
        String orgs = orgs(providers);
        int count = providers.size();
        record(clients, count, orgs, "ts", "top", "'START'", START, "true");
        record(clients, count, orgs, "tr", "top", "'REVIEW'", REVIEW, "true");
        record(clients, count, orgs, "ps", "phq9", "'START'", START, "true");
        record(clients, count, orgs, "pr", "phq9", "'REVIEW'", REVIEW, "true");
        record(clients, count, orgs, "ph", "physical-health", "null", START + " + 30", "(g.n / 11) % 10 = 0");
        score(clients, "ts", "opiates_days", "1 + (g.n / 11) % 20");
        score(clients, "tr", "opiates_days", "case when (g.n / 11) % 3 = 0 then 0 else (1 + (g.n / 11) % 20) / 2 end");
        score(clients, "ts", "injecting_days", "case when (g.n / 11) % 4 = 0 then 8 else 0 end");
        score(
                clients,
                "tr",
                "injecting_days",
                "case when (g.n / 11) % 8 = 0 then 0 when (g.n / 11) % 4 = 0 then 4 else 0 end");
        score(clients, "ts", "paid_work_days", "case when (g.n / 11) % 5 = 0 then 8 else 0 end");
        score(clients, "tr", "paid_work_days", "case when (g.n / 11) % 7 = 0 then 8 else 0 end");
        score(clients, "ps", "total", "5 + (g.n / 11) % 20");
        score(clients, "pr", "total", "5 + (g.n / 11) % 20 - (g.n / 7) % 10");
        answer(clients, "ts", "acute_housing", "case when (g.n / 11) % 6 = 0 then 'Y' else 'N' end", "true");
        answer(clients, "tr", "acute_housing", "'N'", "true");
        answer(clients, "ph", "health_check", "'Y'", "(g.n / 11) % 10 = 0");
        answer(clients, "ph", "gp_registered", "'Y'", "(g.n / 11) % 10 = 0");
        jdbc.sql("""
                insert into assessment_bbv_test (id, client_id, episode_id, organisation_id, virus, tested_on, voided,
                       told_at)
                select cast(md5('bbv' || g.n) as uuid), cast(md5('client' || g.n) as uuid),
                       cast(md5('episode' || g.n) as uuid), o.id, 'HEPATITIS_C', %s + 10, false,
                       timestamp with time zone '2017-04-01 00:00:00+00'
                  from generate_series(0, %d) g (n)
                  join (values %s) as o (i, id) on o.i = g.n %% %d
                 where (g.n / 11) %% 4 = 0
                """.formatted(START, clients - 1, orgs, providers.size())).update();
    }

    private void record(
            int clients,
            int providers,
            String orgs,
            String kind,
            String instrument,
            String stage,
            String on,
            String when) {
        jdbc.sql("""
                insert into assessment_outcome_record (id, client_id, episode_id, instrument, instrument_version,
                       stage, done_on, status, organisation_id, entered_at, entered_by)
                select cast(md5('%s' || g.n) as uuid), cast(md5('client' || g.n) as uuid),
                       cast(md5('episode' || g.n) as uuid), '%s', 1, %s, %s, 'FINAL', o.id,
                       timestamp with time zone '2017-04-01 00:00:00+00', 'bench'
                  from generate_series(0, %d) g (n)
                  join (values %s) as o (i, id) on o.i = g.n %% %d
                 where %s
                """.formatted(kind, instrument, stage, on, clients - 1, orgs, providers, when))
                .update();
    }

    private void score(int clients, String kind, String score, String value) {
        jdbc.sql("""
                insert into assessment_outcome_score (record_id, score, label, score_value, band)
                select cast(md5('%s' || g.n) as uuid), '%s', '%s', %s, null
                  from generate_series(0, %d) g (n)
                """.formatted(kind, score, score, value, clients - 1)).update();
    }

    private void answer(int clients, String kind, String item, String value, String when) {
        jdbc.sql("""
                insert into assessment_outcome_answer (record_id, item, answer)
                select cast(md5('%s' || g.n) as uuid), '%s', %s
                  from generate_series(0, %d) g (n)
                 where %s
                """.formatted(kind, item, value, clients - 1, when)).update();
    }

    private static String orgs(List<UUID> providers) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            rows.add("(" + i + ", cast('" + providers.get(i) + "' as uuid))");
        }
        return String.join(", ", rows);
    }
}
