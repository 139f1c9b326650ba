package org.onedoor.monitoring.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A worker reports an unusual drug effect, a clinical lead issues an alert from it, staff acknowledge it (twice is
 * harmless), and the lead withdraws it: every step audited, every bad input refused with nothing saved.
 */
@IntegrationTest
class DrugAlertsIntegrationTest {

    private static final CurrentUser ADMIN =
            new CurrentUser(UUID.randomUUID(), "alerts-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MutableClock clock;

    @Test
    void aReportBecomesAnAlertThatStaffAcknowledgeOnceAndTheLeadWithdraws() throws Exception {
        UUID provider = organisation();
        CurrentUser worker = Actors.person(Role.RECOVERY_WORKER, provider);
        CurrentUser colleague = Actors.person(Role.PRESCRIBER, provider);
        CurrentUser lead = Actors.person(Role.CLINICAL_LEAD, provider);
        String substance = "Pink pills " + UUID.randomUUID().toString().substring(0, 6);
        String client = reference(clientOf(worker));

        MockHttpServletResponse sent = perform(report(substance, client), worker);
        assertThat(sent.getRedirectedUrl()).isEqualTo("/");
        UUID reportId = jdbc.sql("select id from monitoring_drug_effect_report where substance = ?")
                .param(substance)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select client_id from monitoring_drug_effect_report where id = ?")
                        .param(reportId)
                        .query(UUID.class)
                        .single())
                .isNotNull();
        assertThat(audits(reportId)).isEqualTo(1);

        assertThat(body(get("/monitoring/drug-effects"), lead)).contains(substance);
        assertThat(body(get("/monitoring/drug-effects/" + reportId), lead)).contains("Client " + client);
        assertThat(perform(get("/monitoring/drug-effects"), worker).getStatus()).isEqualTo(403);
        assertThat(perform(alert(reportId, "Title", "Text"), worker).getStatus())
                .isEqualTo(403);

        assertThat(body(alert(reportId, "Title", ""), lead)).contains("Enter what staff need to know");
        assertThat(count("monitoring_drug_alert where report_id = '" + reportId + "'"))
                .isZero();

        String title = "Violent reactions to " + substance;
        String issued = perform(alert(reportId, title, "Watch for agitation; call 999."), lead)
                .getRedirectedUrl();
        UUID alertId = UUID.fromString(issued.substring(issued.lastIndexOf('/') + 1));
        assertThat(body(
                        post("/monitoring/drug-effects/" + reportId + "/alert")
                                .param("title", "Again")
                                .param("body", "Again")
                                .param("severity", "WARNING"),
                        lead))
                .contains("already been reviewed");

        assertThat(body(get("/monitoring/alerts/outstanding"), colleague))
                .contains(title)
                .doesNotContain("<html");
        assertThat(flash(post("/monitoring/alerts/" + alertId + "/acknowledgement"), colleague))
                .isEqualTo("Alert acknowledged");
        assertThat(flash(post("/monitoring/alerts/" + alertId + "/acknowledgement"), colleague))
                .contains("already acknowledged");
        assertThat(count("monitoring_drug_alert_ack where alert_id = '" + alertId + "'"))
                .isEqualTo(1);
        assertThat(body(get("/monitoring/alerts/outstanding"), colleague)).doesNotContain(title);
        assertThat(body(get("/monitoring/alerts/outstanding"), worker)).contains(title);
        assertThat(body(get("/monitoring/alerts/" + alertId), lead))
                .contains("Acknowledged by 1 person")
                .contains(colleague.displayName());

        assertThat(body(post("/monitoring/alerts/" + alertId + "/withdrawal").param("reason", " "), lead))
                .contains("Enter why you are withdrawing the alert");
        assertThat(flash(
                        post("/monitoring/alerts/" + alertId + "/withdrawal").param("reason", "Batch identified"),
                        lead))
                .isEqualTo("Alert withdrawn");
        assertThat(body(get("/monitoring/alerts/outstanding"), worker)).doesNotContain(title);
        assertThat(body(get("/monitoring/alerts/" + alertId), lead)).contains("Batch identified");
        assertThat(flash(post("/monitoring/alerts/" + alertId + "/acknowledgement"), worker))
                .contains("withdrawn");
        assertThat(audits(alertId)).isEqualTo(3);
    }

    @Test
    void aReportWithoutSubstanceOrDateInTheFutureOrTooLongOrForAnotherClientSavesNothing() throws Exception {
        UUID provider = organisation();
        CurrentUser worker = Actors.person(Role.RECOVERY_WORKER, provider);
        CurrentUser stranger = Actors.person(Role.RECOVERY_WORKER, organisation());
        String client = reference(clientOf(worker));
        long before = count("monitoring_drug_effect_report");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);

        assertThat(body(post("/monitoring/drug-effects/new").param("whatHappened", "Collapsed"), worker))
                .contains(
                        "govuk-error-summary",
                        "Enter the substance",
                        "Enter the date it happened",
                        "Select how serious it was");
        assertThat(body(report("Ketamine", "Collapsed", tomorrow, "SEVERE", null), worker))
                .contains("must be today or in the past");
        assertThat(body(
                        report("Ketamine", "Collapsed", null, "SEVERE", null)
                                .param("happenedOn.day", "31")
                                .param("happenedOn.month", "2")
                                .param("happenedOn.year", "2026"),
                        worker))
                .contains("must be a real date");
        assertThat(body(report("x".repeat(101), "y".repeat(2001), lastMonth(), "SEVERE", null), worker))
                .contains(
                        "The substance must be 100 characters or fewer",
                        "What happened must be 2000 characters or fewer");
        assertThat(body(report("Ketamine", client), stranger)).contains("You cannot link this client");
        assertThat(body(report("Ketamine", "C999999999"), stranger)).contains("No client has that reference");
        assertThat(body(report("Ketamine", client), Actors.person(Role.CLINICAL_LEAD, provider)))
                .contains("your role opens no client records");
        assertThat(body(report("Ketamine", "Collapsed", lastMonth(), "APOCALYPTIC", null), worker))
                .contains("Select how serious it was");
        assertThat(count("monitoring_drug_effect_report")).isEqualTo(before);

        assertThat(perform(report("Ketamine", null), stranger).getRedirectedUrl())
                .isEqualTo("/");
        assertThat(count("monitoring_drug_effect_report")).isEqualTo(before + 1);
    }

    @Test
    void hostileAddressesGetAClearAnswerNeverAServerError() throws Exception {
        CurrentUser lead = Actors.person(Role.CLINICAL_LEAD, organisation());
        assertThat(perform(get("/monitoring/alerts/not-an-id"), lead).getStatus())
                .isEqualTo(404);
        assertThat(perform(get("/monitoring/alerts/" + UUID.randomUUID()), lead).getStatus())
                .isEqualTo(404);
        assertThat(perform(get("/monitoring/drug-effects/" + UUID.randomUUID()), lead)
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform(post("/monitoring/alerts/" + UUID.randomUUID() + "/acknowledgement"), lead)
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform(alert(UUID.randomUUID(), "Title", "Text"), lead).getStatus())
                .isEqualTo(404);
        assertThat(perform(get("/monitoring/drug-effects?page=-99999999999"), lead)
                        .getStatus())
                .isLessThan(500);
        assertThat(body(get("/monitoring/drug-effects?page=-5"), lead)).contains("Drug-effect reports");
    }

    private LocalDate lastMonth() {
        return LocalDate.now(clock).minusMonths(1);
    }

    private MockHttpServletRequestBuilder report(String substance, String client) {
        return report(substance, "Seizure within minutes, then aggression", lastMonth(), "SEVERE", client);
    }

    private MockHttpServletRequestBuilder report(
            String substance, String whatHappened, LocalDate on, String severity, String client) {
        MockHttpServletRequestBuilder request = post("/monitoring/drug-effects/new")
                .param("substance", substance)
                .param("whatHappened", whatHappened)
                .param("place", "Northvale town centre")
                .param("severity", severity);
        if (on != null) {
            request = request.param("happenedOn.day", String.valueOf(on.getDayOfMonth()))
                    .param("happenedOn.month", String.valueOf(on.getMonthValue()))
                    .param("happenedOn.year", String.valueOf(on.getYear()));
        }
        return client == null ? request : request.param("clientReference", client);
    }

    private MockHttpServletRequestBuilder alert(UUID report, String title, String text) {
        return post("/monitoring/drug-effects/" + report + "/alert")
                .param("title", title)
                .param("body", text)
                .param("severity", "URGENT");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.with(csrf()).with(as(user))).andReturn().getResponse();
    }

    private String body(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return perform(request, user).getContentAsString(StandardCharsets.UTF_8);
    }

    private String flash(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return String.valueOf(mvc.perform(request.with(csrf()).with(as(user)))
                .andReturn()
                .getFlashMap()
                .get("flash"));
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

    private long audits(UUID subject) {
        return jdbc.sql("select count(*) from audit_access_log where subject_id = ?")
                .param(subject)
                .query(Long.class)
                .single();
    }

    private UUID organisation() {
        return currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(
                        OrganisationBuilder.a(OrganisationType.LEAD_PROVIDER).build()));
    }

    private UUID clientOf(CurrentUser worker) {
        return currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named(
                        "Alex",
                        "Alerted"
                                + UUID.randomUUID()
                                        .toString()
                                        .replaceAll("[0-9-]", "x")
                                        .substring(0, 6),
                        LocalDate.of(1980, 5, 4),
                        Sex.FEMALE)));
    }

    private String reference(UUID client) {
        return jdbc.sql("select reference from report_client_reference where client_id = ?")
                .param(client)
                .query(String.class)
                .single();
    }
}
