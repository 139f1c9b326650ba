package org.onedoor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onedoor.security.ApiClients;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referral creation through {@code POST /api/v1/referrals} on PostgreSQL under 50 concurrent API clients (target: at
 * least 200 referrals/s sustained, p99 under 100 ms). Reports figures for docs/performance.md; fails only if a
 * request was not answered 201. Runs with {@code scripts/bench-referrals.sh}, never in {@code ./mvnw verify}.
 * <p>
 * Knobs (system properties): {@code onedoor.bench.clients} (50), {@code onedoor.bench.seconds} (30),
 * {@code onedoor.bench.max-requests} (30000), {@code onedoor.bench.warmup} (1000).
 */
@IntegrationTest
class ReferralApiBenchmark {

    private static final String[] GIVEN = {
        "Sam", "Alex", "Jo", "Chris", "Priya", "Tom", "Aisha", "Megan", "Dan", "Kerry", "Liam", "Ruth", "Omar", "Grace",
        "Shaun", "Zara"
    };
    private static final String[] FAMILY = {
        "Jones", "Smith", "Patel", "Khan", "Taylor", "Brown", "Walsh", "Evans", "Hughes", "Okafor", "Murphy", "Wright",
        "Ali", "Clarke", "Price", "Hall"
    };
    private static final String[] SEX = {"FEMALE", "MALE", "OTHER", "NOT_STATED"};
    private static final String[] SOURCES = {"GP", "HOSPITAL", "PROBATION", "HOUSING", "MENTAL_HEALTH"};
    private static final String[] SUBSTANCES = {
        "[\"ALCOHOL\"]",
        "[\"HEROIN\",\"CRACK\"]",
        "[\"CANNABIS\"]",
        "[\"COCAINE\",\"ALCOHOL\"]",
        "[\"BENZODIAZEPINES\"]",
        "[\"METHADONE_ILLICIT\",\"HEROIN\",\"CRACK\"]"
    };
    private static final String[] RISKS = {
        "[]", "[]", "[\"PREGNANCY\"]", "[]", "[\"RECENT_OVERDOSE\",\"INJECTING\"]", "[\"CHILDREN_IN_HOUSEHOLD\"]"
    };

    @LocalServerPort
    int port;

    @Autowired
    ApiClients apiClients;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsReferralsUnderFiftyConcurrentClients() throws Exception {
        int clients = Latencies.intProperty("onedoor.bench.clients", 50);
        int seconds = Latencies.intProperty("onedoor.bench.seconds", 30);
        int maxRequests = Latencies.intProperty("onedoor.bench.max-requests", 30_000);
        int warmup = Latencies.intProperty("onedoor.bench.warmup", 1_000);
        int rate = Latencies.intProperty("onedoor.bench.rate", 200);
        CurrentUser administrator = new CurrentUser(
                UUID.randomUUID(),
                "bench-admin",
                "Benchmark administrator",
                UUID.randomUUID(),
                Set.of(Role.ADMINISTRATOR));
        String token = currentUsers
                .actingAs(
                        administrator,
                        () -> apiClients.issue(
                                "Referral benchmark "
                                        + UUID.randomUUID().toString().substring(0, 6),
                                UUID.randomUUID(),
                                Set.of(Privilege.REFERRAL_SUBMIT)))
                .token();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/referrals");
        long before =
                jdbc.sql("select count(*) from referral").query(Long.class).single();

        Run warm = run(http, uri, token, clients, warmup, Duration.ofMinutes(5), 0);
        Run measured = run(http, uri, token, clients, maxRequests, Duration.ofSeconds(seconds), 0);
        Run paced = run(http, uri, token, clients, maxRequests, Duration.ofSeconds(seconds), rate);
        long after = jdbc.sql("select count(*) from referral").query(Long.class).single();

        System.out.printf(
                """

                ==== ReferralApiBenchmark: POST /api/v1/referrals, PostgreSQL, %d clients ====
                pool: spring.datasource.hikari.maximum-pool-size=%s
                warm-up: %d requests in %.1f s (%.0f req/s)
                %s
                %s
                errors (non-201): %d; referrals saved: %d
                ====%n%n""",
                clients,
                System.getProperty("spring.datasource.hikari.maximum-pool-size", "default (10)"),
                warm.latencies.length,
                warm.seconds,
                warm.latencies.length / warm.seconds,
                report("closed loop (each client sends its next referral when answered)", measured),
                report("paced at " + rate + "/s in all (latency from each request's scheduled time)", paced),
                warm.errors.size() + measured.errors.size() + paced.errors.size(),
                after - before);
        assertThat(warm.errors)
                .as("responses other than 201 during the warm-up")
                .isEmpty();
        assertThat(measured.errors).as("responses other than 201").isEmpty();
        assertThat(paced.errors).as("responses other than 201").isEmpty();
    }

    private record Run(long[] latencies, double seconds, List<String> errors) {}

    private static String report(String what, Run run) {
        Latencies latencies = new Latencies(run.latencies);
        return String.format(
                java.util.Locale.ROOT,
                "%s:%n  %d requests in %.1f s -> %.1f referrals/s; p50 %s, p95 %s, p99 %s, max %s",
                what,
                latencies.count(),
                run.seconds,
                latencies.count() / run.seconds,
                Latencies.millis(latencies.percentileMillis(50)),
                Latencies.millis(latencies.percentileMillis(95)),
                Latencies.millis(latencies.percentileMillis(99)),
                Latencies.millis(latencies.maxMillis()));
    }

    /**
     * Sends up to {@code max} referrals from {@code clients} threads until {@code duration} has passed: as fast as
     * answered when {@code rate} is 0, else each client on a fixed schedule so that all send {@code rate} a second,
     * and a late answer counts from when its request should have gone (no coordinated omission).
     */
    private Run run(HttpClient http, URI uri, String token, int clients, int max, Duration duration, int rate)
            throws InterruptedException {
        long interval = rate == 0 ? 0 : clients * 1_000_000_000L / rate;
        AtomicInteger issued = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        long[] window = new long[2];
        for (int t = 0; t < clients; t++) {
            long[] mine = new long[max];
            perThread.add(mine);
            int index = t;
            Thread thread = new Thread(
                    () -> {
                        try {
                            start.await();
                            int n;
                            long due = window[0] + (interval * index) / clients;
                            while ((interval > 0 ? due : System.nanoTime()) < window[1]
                                    && (n = issued.getAndIncrement()) < max) {
                                if (interval > 0) {
                                    long wait = due - System.nanoTime();
                                    if (wait > 0) {
                                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                                    }
                                }
                                HttpRequest request = HttpRequest.newBuilder(uri)
                                        .timeout(Duration.ofSeconds(30))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .header("Accept", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body(n)))
                                        .build();
                                long sent = interval > 0 ? due : System.nanoTime();
                                due += interval;
                                HttpResponse<String> response =
                                        http.send(request, HttpResponse.BodyHandlers.ofString());
                                mine[counts[index]++] = System.nanoTime() - sent;
                                if (response.statusCode() != 201) {
                                    errors.add(response.statusCode() + " " + response.body());
                                }
                            }
                        } catch (Exception failure) {
                            errors.add(failure.toString());
                        } finally {
                            done.countDown();
                        }
                    },
                    "bench-client-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        start.countDown();
        done.await();
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        return new Run(all, seconds, errors.stream().limit(20).toList());
    }

    private static String body(int n) {
        String source = SOURCES[n % SOURCES.length];
        return """
                {"givenName":"%s","familyName":"%s-%d","dateOfBirth":"%d-%02d-%02d","sex":"%s",%s
                 "postcode":"NV1 4AP","telephone":"07700 900%03d","mayText":true,"source":"%s",
                 "referrerName":"Dr A Patel","referrerOrganisation":"Oakwood Surgery","substances":%s,"risks":%s,
                 "notes":"Benchmark referral %d"}
                """.formatted(
                        GIVEN[n % GIVEN.length],
                        FAMILY[(n / 7) % FAMILY.length],
                        n,
                        1950 + n % 55,
                        1 + n % 12,
                        1 + n % 28,
                        SEX[n % SEX.length],
                        n % 3 == 0 ? "\"nhsNumber\":\"9434765919\"," : "",
                        n % 1000,
                        source,
                        SUBSTANCES[n % SUBSTANCES.length],
                        RISKS[n % RISKS.length],
                        n);
    }
}
