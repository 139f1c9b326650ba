package org.onedoor.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.ClientRecords;
import org.onedoor.client.ClientSearch;
import org.onedoor.client.ClientTimeline;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared client record at scale on PostgreSQL: client search among 100,000 clients (target p95 under 50 ms),
 * opening a client whose timeline has 1,000 entries (target p95 under 200 ms) and what the audit-trail append adds
 * to it (target under 10%). In-process calls of the module APIs, so security, access policy, SQL and the audit
 * append are all in the figure. Runs with {@code scripts/bench-clients.sh}, never in {@code ./mvnw verify}.
 * <p>
 * Knobs: {@code onedoor.bench.clients} (100000), {@code onedoor.bench.timeline} (1000),
 * {@code onedoor.bench.requests} (200).
 */
@IntegrationTest
class ClientRecordBenchmark {

    private static final String PASSWORD = "client-benchmark-password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    ClientSearch search;

    @Autowired
    ClientRecords records;

    @Autowired
    ClientTimeline timeline;

    @Autowired
    AccessLog accessLog;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void searchesAHundredThousandClientsAndOpensALongTimeline() throws Exception {
        int clients = Latencies.intProperty("onedoor.bench.clients", 100_000);
        int entries = Latencies.intProperty("onedoor.bench.timeline", 1_000);
        int requests = Latencies.intProperty("onedoor.bench.requests", 200);
        CurrentUser admin = new CurrentUser(
                UUID.randomUUID(),
                "bench-admin",
                "Benchmark administrator",
                UUID.randomUUID(),
                Set.of(Role.ADMINISTRATOR));
        UUID provider = currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.LEAD_PROVIDER)
                        .named("Benchmark Recovery Service")
                        .build()));
        String username = "bench-worker-" + UUID.randomUUID().toString().substring(0, 6);
        UUID account = currentUsers.actingAs(
                admin,
                () -> accounts.open(new NewUserAccount(
                        username,
                        "Benchmark recovery worker",
                        PASSWORD,
                        provider,
                        null,
                        Set.of(Role.RECOVERY_WORKER))));
        CurrentUser worker =
                new CurrentUser(account, username, "Benchmark recovery worker", provider, Set.of(Role.RECOVERY_WORKER));

        long started = System.nanoTime();
        insertClients(clients, provider);
        UUID busy = jdbc.sql("select id from client where reference = 'C900007'")
                .query(UUID.class)
                .single();
        insertTimeline(busy, entries);
        double insertSeconds = (System.nanoTime() - started) / 1e9;
        String nhs = validTestNhsNumber();
        jdbc.sql("update client set nhs_number = ? where id = ?")
                .param(nhs)
                .param(busy)
                .update();
        String family = jdbc.sql("select search_family from client where id = ?")
                .param(busy)
                .query(String.class)
                .single();
        String born = jdbc.sql("select date_of_birth from client where reference = 'C900007'")
                .query(LocalDate.class)
                .single()
                .toString();

        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        calls.put("search: a family name (" + family + ")", () -> search.search(family, 0, 25));
        calls.put("search: given name + family name", () -> search.search("alex " + family, 0, 25));
        calls.put("search: 'patel', worst case: 9% of all clients", () -> search.search("patel", 0, 25));
        calls.put("search: date of birth", () -> search.search(born, 0, 25));
        calls.put("search: NHS number", () -> search.search(nhs, 0, 25));
        calls.put("open record (identity, team, consent, alerts)", () -> records.open(busy));
        calls.put("timeline page 1 of " + entries + " entries", () -> timeline.page(busy, 0, 25));
        calls.put("timeline page 20", () -> timeline.page(busy, 19, 25));
        calls.put("open record + timeline page 1 (the page)", () -> {
            records.open(busy);
            return timeline.page(busy, 0, 25);
        });
        calls.put(
                "audit append alone",
                () -> accessLog.record(new AccessEvent(
                        AccessAction.VIEW, AuditSubject.of("CLIENT", busy), "Benchmark", "Client record")));

        StringBuilder report = new StringBuilder(String.format("%n==== ClientRecordBenchmark: PostgreSQL ====%n"));
        report.append(String.format(
                "set-up: %d clients and a %d-entry timeline in %.1f s%n", clients, entries, insertSeconds));
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Object>> call : calls.entrySet()) {
            Latencies latencies = Latencies.time(20, requests, () -> currentUsers.actingAs(worker, call.getValue()));
            medians.put(call.getKey(), latencies.percentileMillis(50));
            report.append(latencies.line(call.getKey(), 52));
        }
        SignedInBrowser browser = new SignedInBrowser(port).signIn(username, PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/clients/" + busy, "GET the record page (1,000-entry timeline)");
        pages.put("/clients?q=" + family, "GET search by family name");
        pages.put("/clients?q=" + nhs, "GET search by NHS number");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Latencies latencies = Latencies.time(20, requests, () -> browser.get(page.getKey()));
            medians.put(page.getValue(), latencies.percentileMillis(50));
            report.append(latencies.line(page.getValue(), 52));
        }
        double page = medians.get("GET the record page (1,000-entry timeline)");
        double audit = medians.get("audit append alone");
        report.append(String.format(
                "audit share of the record page (two appends per view): %.1f%% " + "(%.2f ms of %.2f ms)%n",
                100 * 2 * audit / page, 2 * audit, page));
        report.append(String.format("====%n%n"));
        System.out.print(report);
    }

    private static String validTestNhsNumber() {
        for (long n = 9_990_000_007L; ; n += 10) {
            if (org.onedoor.shared.NhsNumber.isValid(Long.toString(n))) {
                return Long.toString(n);
            }
        }
    }

    /** Clients C900001… in one set-based statement; one in ten in the benchmark provider's care team. */
    private void insertClients(int count, UUID provider) {
        jdbc.sql("""
                insert into client (id, reference, legal_given_name, legal_family_name, date_of_birth, sex,
                    nhs_number, postcode, search_family, search_family3, search_given, version, created_at, created_by)
                select gen_random_uuid(), 'C' || (900000 + n), g.given, f.family || n % 1000,
                       date '1950-01-01' + (n * 37) % 20000,
                       (array['FEMALE', 'MALE'])[1 + n % 2],
                       '999' || lpad(n::text, 7, '0'), 'NV1 4AP',
                       lower(f.family) || n % 1000, substr(lower(f.family), 1, 3), lower(g.given), 0,
                       timestamptz '2026-11-30 09:00:00+00', 'benchmark'
                  from generate_series(1, :count) n
                  cross join lateral (select (array['Sam', 'Alex', 'Jo', 'Chris', 'Priya', 'Tom', 'Aisha', 'Megan',
                                             'Dan'])[1 + n % 9] given) g
                  cross join lateral (select (array['Jones', 'Smith', 'Patel', 'Khan', 'Taylor', 'Brown', 'Walsh',
                                             'Evans', 'Hughes', 'Okafor', 'Murphy'])[1 + n % 11] family) f
                """).param("count", count).update();
        jdbc.sql("""
                insert into client_care_team (id, client_id, origin_client_id, organisation_id, team_role,
                    started_on, created_at, created_by)
                select gen_random_uuid(), id, id, :provider, 'RESPONSIBLE', date '2026-01-01',
                       timestamptz '2026-11-30 09:00:00+00', 'benchmark'
                  from client where reference like 'C9%' and (cast(substr(reference, 2) as integer) % 10 = 7)
                """).param("provider", provider).update();
        jdbc.sql("analyze client").update();
        jdbc.sql("analyze client_care_team").update();
    }

    private void insertTimeline(UUID client, int entries) {
        jdbc.sql("""
                insert into client_timeline (id, client_id, origin_client_id, occurred_on, recorded_at, kind, summary,
                    created_by)
                select gen_random_uuid(), :client, :client, date '2026-11-30' - n, timestamptz '2026-11-30 09:00:00+00',
                       (array['CONTACT', 'REFERRAL', 'ASSESSMENT', 'EPISODE'])[1 + n % 4],
                       'Benchmark entry ' || n, 'benchmark'
                  from generate_series(1, :entries) n
                """).param("client", client).param("entries", entries).update();
        jdbc.sql("analyze client_timeline").update();
    }
}
