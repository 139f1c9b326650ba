package org.onedoor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.OutcomeImport;
import org.onedoor.assessment.OutcomeImport.ImportedOutcome;
import org.onedoor.assessment.OutcomeReading;
import org.onedoor.assessment.cohort.CohortBreakdown;
import org.onedoor.assessment.cohort.CohortFilter;
import org.onedoor.assessment.cohort.CohortOutcomes;
import org.onedoor.assessment.cohort.CohortRow;
import org.onedoor.client.ClientId;
import org.onedoor.client.ClientRecords;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outcomes at scale on PostgreSQL (issue 16, Speed): with 100,000 clients and 400,000 outcome records
 * ({@link OutcomeData}, written set-based and not timed), (a) a client's trajectory page through HTTP, signed in as a
 * recovery worker of the client's care team (target p95 under 150 ms), for a typical client (four records) and for
 * one with ten years of six-monthly TOP, PHQ-9 and GAD-7 records (60 records, written through the bulk import);
 * (b) the cohort outcome measures for one partner's 10,000 clients over five years (target under 1 s), in-process
 * and as the page, and for information the whole database broken down by partner. Runs with
 * {@code scripts/bench-outcomes.sh}, never in {@code ./mvnw verify}.
 * <p>
 * Knobs: {@code onedoor.bench.clients} (100000), {@code onedoor.bench.partners} (10),
 * {@code onedoor.bench.requests} (200).
 */
@IntegrationTest
class OutcomeBenchmark {

    private static final String PASSWORD = "outcome-benchmark-password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    UserAccounts accounts;

    @Autowired
    OutcomeImport outcomeImport;

    @Autowired
    CohortOutcomes cohorts;

    @Autowired
    OutcomeReading reading;

    @Autowired
    ClientRecords records;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @Test
    void drawsTrajectoriesAndCountsCohortsAmongAHundredThousandClients() throws Exception {
        int clients = Latencies.intProperty("onedoor.bench.clients", 100_000);
        int partnerCount = Latencies.intProperty("onedoor.bench.partners", 10);
        int requests = Latencies.intProperty("onedoor.bench.requests", 200);
        LocalDate today = LocalDate.now(clock);
        CurrentUser admin = new CurrentUser(
                UUID.randomUUID(),
                "bench-admin",
                "Benchmark administrator",
                UUID.randomUUID(),
                Set.of(Role.ADMINISTRATOR));
        List<UUID> partners = new ArrayList<>();
        for (int i = 0; i < partnerCount; i++) {
            OrganisationType type = i == 0 ? OrganisationType.LEAD_PROVIDER : OrganisationType.PARTNER_PROVIDER;
            String name = "Benchmark partner " + i;
            partners.add(currentUsers.actingAs(
                    admin,
                    () -> directory.registerOrganisation(
                            OrganisationBuilder.a(type).named(name).build())));
        }
        CurrentUser keyworker = account(admin, "bench-worker-", partners.get(0), Role.RECOVERY_WORKER);
        CurrentUser manager = account(admin, "bench-commissioner-", partners.get(0), Role.COMMISSIONER);
        String worker = keyworker.username();
        String commissioner = manager.username();

        OutcomeData data = new OutcomeData(jdbc, today);
        long started = System.nanoTime();
        data.clients(clients, partners);
        Map<String, UUID> templates = currentUsers.actingAs(admin, () -> templates(partners.get(0), today));
        data.records(clients, partners, templates);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        UUID busy = OutcomeData.client(2);
        UUID typical = OutcomeData.client(16 * partnerCount + 5);
        long importStarted = System.nanoTime();
        int imported =
                currentUsers.actingAs(admin, () -> outcomeImport.importOutcomes(history(busy, partners.get(0), today)));
        double importSeconds = (System.nanoTime() - importStarted) / 1e9;
        jdbc.sql("analyze assessment_outcome_record").update();

        StringBuilder report = new StringBuilder(String.format("%n==== OutcomeBenchmark: PostgreSQL ====%n"));
        report.append(String.format("loaded in %.1f s: %s%n", loadSeconds, data.counts()));
        report.append(String.format(
                "a long history for one client through the bulk import: %d records in %.1f s%n",
                imported, importSeconds));
        SignedInBrowser browser = new SignedInBrowser(port).signIn(worker, PASSWORD);
        assertThat(browser.get("/clients/" + busy + "/outcomes/trajectory")).contains("PHQ-9");
        time(
                report,
                "trajectory read alone, 64 records (in-process)",
                requests,
                () -> currentUsers.actingAs(keyworker, () -> reading.trajectory(busy)));
        time(
                report,
                "client identity for the page (in-process)",
                requests,
                () -> currentUsers.actingAs(keyworker, () -> records.identity(busy, "Outcome trajectories")));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/clients/" + typical, "GET the client record page, for comparison");
        pages.put("/clients/" + typical + "/outcomes/trajectory", "GET trajectory, typical client (4 records)");
        pages.put(
                "/clients/" + busy + "/outcomes/trajectory",
                "GET trajectory, 10 years of reviews (" + (imported + 4) + " records)");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            time(report, page.getValue(), requests, () -> browser.get(page.getKey()));
        }

        LocalDate from = today.minusYears(5);
        CohortFilter partner = new CohortFilter(from, today, null, partners.get(0), null, CohortBreakdown.ORGANISATION);
        List<CohortRow> rows = currentUsers.actingAs(manager, () -> cohorts.count(partner));
        int pairs = rows.stream()
                .flatMap(r -> r.measures().stream())
                .filter(m -> m.measure().name().equals("REDUCED_USE"))
                .mapToInt(m -> m.denominator())
                .sum();
        report.append(String.format(
                "cohort of partner 0 over 5 years: %d row(s); %d TOP/AOR pairs using at the start; %s%n",
                rows.size(), pairs, rows.isEmpty() ? "" : rows.get(0).measures()));
        time(
                report,
                "cohort measures, one partner, 5 years (in-process)",
                20,
                () -> currentUsers.actingAs(manager, () -> cohorts.count(partner)));
        time(
                report,
                "cohort measures, one partner, by substance group",
                20,
                () -> currentUsers.actingAs(
                        manager,
                        () -> cohorts.count(new CohortFilter(
                                from, today, null, partners.get(0), null, CohortBreakdown.SUBSTANCE_GROUP))));
        SignedInBrowser manages = new SignedInBrowser(port).signIn(commissioner, PASSWORD);
        time(
                report,
                "GET /outcomes/cohorts, one partner, 5 years",
                20,
                () -> manages.get("/outcomes/cohorts?from=" + from + "&to=" + today + "&partner=" + partners.get(0)));
        time(
                report,
                "whole database by partner, 5 years (information)",
                5,
                () -> currentUsers.actingAs(
                        manager,
                        () -> cohorts.count(new CohortFilter(from, today, null, null, null, CohortBreakdown.PARTNER))));
        report.append(String.format("load: %s%n", uptime()));
        report.append(String.format("====%n%n"));
        System.out.print(report);
    }

    private CurrentUser account(CurrentUser admin, String prefix, UUID organisation, Role role) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 6);
        UUID id = currentUsers.actingAs(
                admin,
                () -> accounts.open(
                        new NewUserAccount(username, "Benchmark " + role, PASSWORD, organisation, null, Set.of(role))));
        return new CurrentUser(id, username, "Benchmark " + role, organisation, Set.of(role));
    }

    private static void time(StringBuilder report, String what, int count, Latencies.Call call) throws Exception {
        report.append(Latencies.time(Math.min(20, count), count, call).line(what, 58));
    }

    /** One checked and scored record of each instrument for client 0, whose answers and scores are copied. */
    private Map<String, UUID> templates(UUID partner, LocalDate today) {
        UUID template = OutcomeData.client(1);
        LocalDate on = today.minusYears(7);
        List<ImportedOutcome> outcomes = List.of(
                outcome(template, partner, "top", "START", on, OutcomeAnswers.top(12, 8, 0, false)),
                outcome(template, partner, "aor", "START", on, OutcomeAnswers.top(12, 0, 0, true)),
                outcome(template, partner, "phq9", "START", on, OutcomeAnswers.mood(14, 9)),
                outcome(template, partner, "gad7", "START", on, OutcomeAnswers.mood(11, 7)));
        outcomeImport.importOutcomes(outcomes);
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("select instrument, id from assessment_outcome_record where client_id = ? and done_on = ?")
                .param(template)
                .param(on)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getObject(2, UUID.class)))
                .list();
        return ids;
    }

    /** Ten years of six-monthly TOP, PHQ-9 and GAD-7 records for one client, improving slowly. */
    private static List<ImportedOutcome> history(UUID client, UUID partner, LocalDate today) {
        List<ImportedOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            LocalDate on = today.minusYears(10).plusMonths(6L * i);
            String stage = i == 0 ? "START" : "REVIEW";
            outcomes.add(outcome(
                    client, partner, "top", stage, on, OutcomeAnswers.top(Math.max(0, 24 - i), 20 - i, i, false)));
            outcomes.add(outcome(client, partner, "phq9", stage, on, OutcomeAnswers.mood(Math.max(0, 20 - i), 9)));
            outcomes.add(outcome(client, partner, "gad7", stage, on, OutcomeAnswers.mood(Math.max(0, 18 - i), 7)));
        }
        return outcomes;
    }

    private static ImportedOutcome outcome(
            UUID client, UUID partner, String instrument, String stage, LocalDate on, Map<String, String> answers) {
        return new ImportedOutcome(
                new ClientId(client), null, new OrganisationId(partner), instrument, stage, on, answers);
    }

    private static String uptime() {
        try {
            return new String(new ProcessBuilder("uptime")
                            .start()
                            .getInputStream()
                            .readAllBytes())
                    .strip();
        } catch (java.io.IOException e) {
            return "(uptime not available)";
        }
    }
}
