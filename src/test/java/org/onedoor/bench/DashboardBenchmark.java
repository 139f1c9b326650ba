package org.onedoor.bench;

import static org.onedoor.testsupport.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each monitoring dashboard (issue 18 speed; target under 1 s on PostgreSQL) rendered whole through MockMvc, page and
 * template included, over IndicatorsBenchmark's partnership of {@code onedoor.bench.clients} clients (10,000) over
 * 5 years, for the 12 months to March 2017 with today 1 January 2018: the commissioner's partnership page, the same
 * filtered to one provider, a team manager's provider page, a GP practice user's page (the interventions of one
 * provider moved to a practice), and the commissioner's home-page figures. {@code onedoor.bench.repeats} timed calls
 * (5) after one warm-up. Runs with {@code scripts/bench-dashboards.sh}, never in {@code ./mvnw verify}.
 */
@IntegrationTest
class DashboardBenchmark {

    private static final CurrentUser ADMIN =
            new CurrentUser(UUID.randomUUID(), "bench-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachDashboardForAPartnership() throws Exception {
        int clients = Latencies.intProperty("onedoor.bench.clients", 10_000);
        int repeats = Latencies.intProperty("onedoor.bench.repeats", 5);
        IndicatorsBenchmark data = new IndicatorsBenchmark();
        data.jdbc = jdbc;
        data.load(clients);
        clock.setDate(LocalDate.of(2018, 1, 1));
        UUID provider = jdbc.sql("select cast(md5('ind-provider-2') as uuid)")
                .query(UUID.class)
                .single();
        UUID council = organisation(OrganisationType.COUNCIL_COMMISSIONER, null);
        UUID practice = organisation(OrganisationType.GP_PRACTICE, "B99001");
        jdbc.sql("update treatment_intervention set delivered_by = :practice"
                        + " where delivered_by = cast(md5('ind-provider-1') as uuid)")
                .param("practice", practice)
                .update();
        CurrentUser commissioner = Actors.person(Role.COMMISSIONER, council);
        StringBuilder report = new StringBuilder("==== Dashboard benchmark\n");
        report.append(page("commissioner, partnership", commissioner, "", repeats));
        report.append(page("commissioner, one provider", commissioner, "&provider=" + provider, repeats));
        report.append(page("team manager, own provider", Actors.person(Role.TEAM_MANAGER, provider), "", repeats));
        report.append(page("practice user, own practice", Actors.person(Role.PRACTICE_USER, practice), "", repeats));
        report.append(Latencies.time(
                        1,
                        repeats,
                        () -> mvc.perform(get("/monitoring/home-figures").with(as(commissioner)))
                                .andExpect(status().isOk())
                                .andReturn())
                .line("commissioner, home-page figures", 32));
        System.out.print(report.append("====\n\n"));
    }

    private String page(String what, CurrentUser who, String filters, int repeats) throws Exception {
        return Latencies.time(
                        1,
                        repeats,
                        () -> mvc.perform(get("/monitoring?period=2017-03" + filters)
                                        .with(as(who)))
                                .andExpect(status().isOk())
                                .andReturn())
                .line(what, 32);
    }

    private UUID organisation(OrganisationType type, String ods) {
        return currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .named("Bench " + type.label())
                        .ods(ods)
                        .listSize(type.isPractice() ? 8000 : null)
                        .activeFrom(LocalDate.of(2010, 4, 1))
                        .build()));
    }
}
