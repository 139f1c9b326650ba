package org.onedoor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.onedoor.treatment.appointments.AppointmentOutcome;
import org.onedoor.treatment.appointments.AppointmentStatus;
import org.onedoor.treatment.appointments.Appointments;
import org.onedoor.treatment.appointments.Caseload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A keyworker's "My caseload" ({@code GET /caseload}, 60 open episodes with what is due; target under 200 ms) and
 * recording a contact ({@code POST} of an attended outcome; target p95 under 50 ms) on PostgreSQL with a large
 * partnership loaded by {@link CaseloadData}: 100,000 clients, their episodes, over a million appointments, care-plan
 * goals and outcome reviews. Whole requests over loopback after signing in through the real form, plus the service
 * calls in-process. Runs with {@code scripts/bench-caseload.sh}, never in {@code ./mvnw verify}.
 * <p>
 * Knobs: {@code onedoor.bench.clients} (100000), {@code onedoor.bench.caseload} (60),
 * {@code onedoor.bench.providers} (20), {@code onedoor.bench.requests} (200).
 */
@IntegrationTest
class CaseloadBenchmark {

    private static final String PASSWORD = "caseload-benchmark-password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Caseload caseload;

    @Autowired
    Appointments appointments;

    @LocalServerPort
    int port;

    @Test
    void showsASixtyClientCaseloadAndRecordsContactsAmongAHundredThousandClients() throws Exception {
        int clients = Latencies.intProperty("onedoor.bench.clients", 100_000);
        int size = Latencies.intProperty("onedoor.bench.caseload", 60);
        int providerCount = Latencies.intProperty("onedoor.bench.providers", 20);
        int requests = Latencies.intProperty("onedoor.bench.requests", 200);
        CurrentUser admin = new CurrentUser(
                UUID.randomUUID(),
                "bench-admin",
                "Benchmark administrator",
                UUID.randomUUID(),
                Set.of(Role.ADMINISTRATOR));
        List<UUID> providers = new ArrayList<>();
        for (int i = 0; i < providerCount; i++) {
            OrganisationType type = i == 0 ? OrganisationType.LEAD_PROVIDER : OrganisationType.PARTNER_PROVIDER;
            String name = "Benchmark provider " + i;
            providers.add(currentUsers.actingAs(
                    admin,
                    () -> directory.registerOrganisation(
                            OrganisationBuilder.a(type).named(name).build())));
        }
        String username = "bench-keyworker-" + UUID.randomUUID().toString().substring(0, 6);
        UUID account = currentUsers.actingAs(
                admin,
                () -> accounts.open(new NewUserAccount(
                        username,
                        "Benchmark keyworker",
                        PASSWORD,
                        providers.get(0),
                        null,
                        Set.of(Role.RECOVERY_WORKER))));
        CurrentUser keyworker = new CurrentUser(
                account, username, "Benchmark keyworker", providers.get(0), Set.of(Role.RECOVERY_WORKER));

        CaseloadData data = new CaseloadData(jdbc);
        long started = System.nanoTime();
        data.load(clients, size, providers, username);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        String loaded = data.counts();

        StringBuilder report = new StringBuilder(String.format("%n==== CaseloadBenchmark: PostgreSQL ====%n"));
        report.append(String.format("loaded in %.1f s: %s%n", loadSeconds, loaded));
        report.append(String.format("the keyworker's caseload: %d open episodes%n", size));

        LocalDate today = LocalDate.of(2026, 11, 23);
        List<org.onedoor.treatment.appointments.CaseloadEntry> entries = currentUsers
                .actingAs(keyworker, () -> caseload.mine(Caseload.Sort.URGENT, 0, 100))
                .items();
        assertThat(entries).hasSize(size);
        report.append(String.format(
                "what is due on it: %d care-plan reviews overdue and %d due within 14 days, "
                        + "%d outcome reviews overdue, %d clients with missed appointments to follow up, "
                        + "%d with outcomes to record, %d with an appointment booked%n",
                entries.stream().filter(e -> e.carePlanReviewOverdue(today)).count(),
                entries.stream()
                        .filter(e -> !e.carePlanReviewOverdue(today) && e.carePlanReviewDueSoon(today))
                        .count(),
                entries.stream().filter(e -> e.outcomeOverdue(today)).count(),
                entries.stream().filter(e -> e.missedAppointments() > 0).count(),
                entries.stream().filter(e -> e.outcomesToRecord() > 0).count(),
                entries.stream().filter(e -> e.nextAppointment() != null).count()));
        SignedInBrowser browser = new SignedInBrowser(port).signIn(username, PASSWORD);
        assertThat(browser.get("/caseload")).contains("of " + size);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/caseload", "GET /caseload (most urgent first, page 1 of 3)");
        pages.put("/caseload?sort=NEXT", "GET /caseload?sort=NEXT");
        pages.put("/caseload?sort=CLIENT&page=3", "GET /caseload?sort=CLIENT&page=3");
        double worstPageP95 = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Latencies latencies = Latencies.time(20, requests, () -> browser.get(page.getKey()));
            worstPageP95 = Math.max(worstPageP95, latencies.percentileMillis(95));
            report.append(latencies.line(page.getValue(), 50));
        }
        report.append(Latencies.time(
                        0,
                        requests,
                        () -> currentUsers.actingAs(keyworker, () -> caseload.mine(Caseload.Sort.URGENT, 0, 25)))
                .line("in-process Caseload.mine (page 1)", 50));

        List<CaseloadData.Booked> booked = data.bookForOutcomes(username, 4);
        report.append(String.format(
                "then %d past appointments booked on the caseload for the outcome POSTs%n", booked.size()));
        int posts = Math.min(requests, booked.size() - 40);
        String csrf = browser.csrf("/episodes/" + booked.get(0).episode() + "/appointments");
        long[] nanos = new long[posts];
        for (int i = 0; i < posts + 20; i++) {
            CaseloadData.Booked one = booked.get(i);
            String form = "status=ATTENDED&version=0&note="
                    + URLEncoder.encode("Benchmark contact " + i, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            long t = System.nanoTime();
            String location = browser.post(
                    "/episodes/" + one.episode() + "/appointments/" + one.appointment() + "/outcome", form);
            if (i >= 20) {
                nanos[i - 20] = System.nanoTime() - t;
            }
            assertThat(location).endsWith("/episodes/" + one.episode() + "/appointments");
        }
        Latencies postLatencies = new Latencies(nanos);
        report.append(postLatencies.line("POST an attended outcome (one click)", 50));
        long[] service = new long[20];
        for (int i = 0; i < 20; i++) {
            CaseloadData.Booked one = booked.get(posts + 20 + i);
            long t = System.nanoTime();
            currentUsers.actingAs(keyworker, () -> {
                appointments.recordOutcome(
                        one.episode(),
                        one.appointment(),
                        new AppointmentOutcome(AppointmentStatus.ATTENDED, null, null, null, "In-process contact", 0));
                return null;
            });
            service[i] = System.nanoTime() - t;
        }
        report.append(new Latencies(service).line("in-process Appointments.recordOutcome", 50));
        long attended = jdbc.sql("select count(*) from treatment_appointment where created_by = 'bench-outcome' "
                        + "and status = 'ATTENDED'")
                .query(Long.class)
                .single();
        assertThat(attended).isEqualTo(posts + 40);
        long onTimeline = jdbc.sql("select count(*) from client_timeline t join treatment_appointment a "
                        + "on a.id = t.source_id where a.created_by = 'bench-outcome'")
                .query(Long.class)
                .single();
        assertThat(onTimeline).isEqualTo(attended);
        report.append(String.format(
                "targets: caseload page p95 %s (< 200 ms: %s); outcome POST p95 %s (< 50 ms: %s)%n",
                Latencies.millis(worstPageP95),
                worstPageP95 < 200 ? "met" : "NOT MET",
                Latencies.millis(postLatencies.percentileMillis(95)),
                postLatencies.percentileMillis(95) < 50 ? "met" : "NOT MET"));
        report.append(String.format("====%n%n"));
        System.out.print(report);
    }
}
