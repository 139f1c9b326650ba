package org.onedoor.ndtms.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.ndtms.extract.ExtractPartnership.episode;
import static org.onedoor.ndtms.extract.ExtractPartnership.intervention;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ConsentDecision;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The data officer's run → report → download path, the history it leaves and the audit entry of the download. */
@IntegrationTest
class ExtractScreensIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    ClientImport clientImport;

    @Autowired
    TreatmentImport treatmentImport;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    private ExtractPartnership p;
    private UUID unanswered;

    @BeforeEach
    void partnership() {
        p = new ExtractPartnership(directory, clientImport, treatmentImport, currentUsers);
        UUID ann = p.client("Ann", "Lee", "1980-02-03", Sex.FEMALE, ConsentDecision.GIVEN);
        p.treat(
                ann,
                episode(
                        p.lead,
                        "2016-05-01",
                        "2016-05-01",
                        "2016-05-02",
                        List.of("ALCOHOL"),
                        null,
                        null,
                        intervention("PSYCHOSOCIAL", p.lead, "2016-05-01", null, "2016-05-02", null, null)));
        unanswered = p.client("Bea", "Lee", "1981-02-03", Sex.FEMALE, null);
        p.treat(unanswered, episode(p.lead, "2016-06-01", "2016-06-01", null, List.of("ALCOHOL"), null, null));
    }

    @Test
    void showsEveryProblemWithTheLinkThatFixesItThenDownloadsTheFileAndRecordsIt() throws Exception {
        String report = page("/ndtms/extracts/report?provider=" + p.lead + "&month=2016-11");
        assertThat(report)
                .contains("NDTMS-E007")
                .contains("/clients/" + unanswered + "/consents/new")
                .contains("No NDTMS consent decision is recorded")
                .contains("/ndtms/extracts/file?provider=" + p.lead + "&amp;month=2016-11");

        assertThat(jdbc.sql("select count(*) from audit_access_log where action = 'VIEW' and subject_id = ?"
                                + " and purpose = 'NDTMS extract validation report'")
                        .param(p.lead)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        MockHttpServletResponse file = mvc.perform(get("/ndtms/extracts/file")
                        .param("provider", p.lead.toString())
                        .param("month", "2016-11")
                        .with(as(p.dataOfficer)))
                .andReturn()
                .getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).startsWith("text/csv");
        assertThat(file.getHeader("Content-Disposition")).contains("NDTMS_" + p.leadCode + "_201611.csv");
        String csv = file.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getContentAsByteArray()));

        assertThat(page("/ndtms/extracts")).contains(sha).contains(p.leadCode).contains("November 2016");
        assertThat(jdbc.sql("select count(*) from audit_access_log where action = 'EXPORT' and subject_id = ?"
                                + " and detail like ?")
                        .param(p.lead)
                        .param("%" + sha + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesAMonthNotYetBegunAtItsField() throws Exception {
        String form = page("/ndtms/extracts/report?provider=" + p.lead + "&month=2999-01");
        assertThat(form)
                .contains("govuk-error-summary")
                .contains("href=\"#month\"")
                .contains("Error: Run an NDTMS extract");
    }

    @Test
    void refusesAPartnersDataOfficerTheLeadProvidersExtract() throws Exception {
        var partnerOfficer = org.onedoor.testsupport.Actors.person(org.onedoor.security.Role.DATA_OFFICER, p.partner);
        int status = mvc.perform(get("/ndtms/extracts/file")
                        .param("provider", p.lead.toString())
                        .param("month", "2016-11")
                        .with(as(partnerOfficer)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url).with(as(p.dataOfficer))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
