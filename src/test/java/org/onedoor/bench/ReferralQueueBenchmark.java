package org.onedoor.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.referral.QueueFilter;
import org.onedoor.referral.ReferralQueue;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SPOC queue page ({@code GET /referrals}) with 10,000 open referrals on PostgreSQL (target: renders in under
 * 300 ms). Signs in through the real sign-in form and times whole requests over loopback: security, SQL, Thymeleaf
 * and transfer. Reports figures for docs/performance.md. Runs with {@code scripts/bench-referrals.sh}, never in
 * {@code ./mvnw verify}.
 * <p>
 * Knobs (system properties): {@code onedoor.bench.open-referrals} (10000), {@code onedoor.bench.page-requests} (30).
 */
@IntegrationTest
class ReferralQueueBenchmark {

    private static final String PASSWORD = "queue-benchmark-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    ReferralQueue queue;

    @Test
    void rendersTheQueuePageWithTenThousandOpenReferrals() throws Exception {
        int open = Latencies.intProperty("onedoor.bench.open-referrals", 10_000);
        int requests = Latencies.intProperty("onedoor.bench.page-requests", 30);
        long insertStarted = System.nanoTime();
        int inserted = insertOpenReferrals(open);
        double insertSeconds = (System.nanoTime() - insertStarted) / 1e9;
        long openNow = jdbc.sql("select count(*) from referral where voided_at is null "
                        + "and status not in ('ACCEPTED', 'CLOSED')")
                .query(Long.class)
                .single();

        UUID organisation = UUID.randomUUID();
        String username = "bench-spoc-" + UUID.randomUUID().toString().substring(0, 6);
        CurrentUser administrator = new CurrentUser(
                UUID.randomUUID(), "bench-admin", "Benchmark administrator", organisation, Set.of(Role.ADMINISTRATOR));
        currentUsers.actingAs(
                administrator,
                () -> accounts.open(new NewUserAccount(
                        username, "Benchmark SPOC worker", PASSWORD, organisation, null, Set.of(Role.SPOC_WORKER))));
        SignedInBrowser http = new SignedInBrowser(port).signIn(username, PASSWORD);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/referrals", "first page, every open referral");
        pages.put("/referrals?q=smith", "search by name");
        pages.put("/referrals?q=b5000", "search by reference");
        pages.put("/referrals?urgent=true", "urgent only");
        pages.put("/referrals?page=200", "page 200 of 400");
        pages.put("/referrals?page=400", "last page");
        for (int round = 0; round < 10; round++) {
            for (String path : pages.keySet()) {
                http.get(path);
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format("%n==== ReferralQueueBenchmark: GET /referrals, PostgreSQL ====%n"));
        report.append(String.format(
                "bulk insert of %d open referrals: %.2f s; open referrals in the queue: %d%n",
                inserted, insertSeconds, openNow));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            long[] nanos = new long[requests];
            int bytes = 0;
            for (int i = 0; i < requests; i++) {
                long started = System.nanoTime();
                bytes = http.get(page.getKey()).length();
                nanos[i] = System.nanoTime() - started;
            }
            Latencies latencies = new Latencies(nanos);
            report.append(String.format(
                    "%-24s %-32s x%d: median %s, p95 %s, max %s (%d KB)%n",
                    page.getKey(),
                    page.getValue(),
                    requests,
                    Latencies.millis(latencies.percentileMillis(50)),
                    Latencies.millis(latencies.percentileMillis(95)),
                    Latencies.millis(latencies.maxMillis()),
                    bytes / 1024));
        }
        report.append(inProcessBreakdown(organisation, requests));
        report.append(String.format("====%n%n"));
        System.out.print(report);
    }

    /** The queue's two SQL-backed service calls timed in-process: the part of a page the database costs. */
    private String inProcessBreakdown(UUID organisation, int requests) {
        CurrentUser spoc = new CurrentUser(
                UUID.randomUUID(), "bench-spoc", "Benchmark SPOC worker", organisation, Set.of(Role.SPOC_WORKER));
        StringBuilder out = new StringBuilder();
        Map<String, QueueFilter> filters = new LinkedHashMap<>();
        filters.put("ReferralQueue.page (first page)", new QueueFilter(null, null, false, null, 0, 25));
        filters.put("ReferralQueue.page (q=smith)", new QueueFilter("smith", null, false, null, 0, 25));
        filters.put("ReferralQueue.page (page 200)", new QueueFilter(null, null, false, null, 199, 25));
        for (Map.Entry<String, QueueFilter> filter : filters.entrySet()) {
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                long started = System.nanoTime();
                currentUsers.actingAs(spoc, () -> queue.page(filter.getValue()));
                nanos[i] = System.nanoTime() - started;
            }
            Latencies latencies = new Latencies(nanos);
            out.append(String.format(
                    "in-process %-34s median %s, p95 %s%n",
                    filter.getKey(),
                    Latencies.millis(latencies.percentileMillis(50)),
                    Latencies.millis(latencies.percentileMillis(95))));
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            currentUsers.actingAs(spoc, queue::summary);
            nanos[i] = System.nanoTime() - started;
        }
        Latencies summary = new Latencies(nanos);
        out.append(String.format(
                "in-process %-34s median %s, p95 %s%n",
                "ReferralQueue.summary",
                Latencies.millis(summary.percentileMillis(50)),
                Latencies.millis(summary.percentileMillis(95))));
        return out.toString();
    }

    /** Tops the queue up to {@code open} open referrals in one set-based statement (PostgreSQL only). */
    private int insertOpenReferrals(int open) {
        long already = jdbc.sql("select count(*) from referral where voided_at is null "
                        + "and status not in ('ACCEPTED', 'CLOSED')")
                .query(Long.class)
                .single();
        int missing = (int) Math.max(0, open - already);
        if (missing == 0) {
            return 0;
        }
        int inserted = jdbc.sql("""
                insert into referral (id, reference, channel, status, urgent, given_name, family_name, date_of_birth,
                                      sex, nhs_number, postcode, telephone, email, may_text, may_voicemail, may_write,
                                      source, substance_1, substance_2, received_at, received_by, version,
                                      created_at, created_by)
                select gen_random_uuid(), 'B' || n,
                       (array['PHONE', 'WEB', 'PROFESSIONAL', 'API'])[1 + n % 4],
                       'RECEIVED', n % 17 = 0,
                       (array['Sam', 'Alex', 'Jo', 'Chris', 'Priya', 'Tom', 'Aisha', 'Megan', 'Dan'])[1 + n % 9],
                       (array['Jones', 'Smith', 'Patel', 'Khan', 'Taylor', 'Brown', 'Walsh', 'Evans',
                              'Hughes', 'Okafor', 'Murphy'])[1 + n % 11] || '-' || n,
                       date '1950-01-01' + (n * 37) % 20000,
                       (array['FEMALE', 'MALE', 'OTHER', 'NOT_STATED'])[1 + n % 4],
                       null, 'NV1 4AP', null, null, true, false, false,
                       'SELF',
                       (array['ALCOHOL', 'ALCOHOL', 'HEROIN', 'CRACK', 'CANNABIS', 'COCAINE'])[1 + n % 6],
                       case when n % 5 = 0 then 'BENZODIAZEPINES' end,
                       timestamptz '2026-11-23 11:00:00+00' - n * interval '7 minutes', 'benchmark', 1,
                       timestamptz '2026-11-23 11:00:00+00' - n * interval '7 minutes', 'benchmark'
                  from generate_series(1, :missing) n
                """).param("missing", missing).update();
        jdbc.sql("analyze referral").update();
        return inserted;
    }
}
