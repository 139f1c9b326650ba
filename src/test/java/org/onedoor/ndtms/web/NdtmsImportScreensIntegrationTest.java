package org.onedoor.ndtms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class NdtmsImportScreensIntegrationTest {

    private static final String HEADER = "AGNCY,CLIENTID,FINITIAL,SINITIAL,DOB,SEX,EPISODID,CONSENT,TRIAGED,MODST\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser officer = person(Role.DATA_OFFICER, UUID.randomUUID());
    private final String agency =
            "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private String rows(int count, String dob) {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            rows.append(agency + ",C" + i + ",A,B," + dob + ",1,E" + i + ",Y,01/04/2016,02/04/2016\n");
        }
        return rows.toString();
    }

    private static MockMultipartFile csv(String name, String type, String text) {
        return new MockMultipartFile("file", name, type, text.getBytes(StandardCharsets.UTF_8));
    }

    private String upload(MockMultipartFile file) throws Exception {
        MvcResult result = mvc.perform(
                        multipart("/ndtms/imports").file(file).with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    private String page(String url, CurrentUser user) throws Exception {
        return mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void uploadReportConfirmAndHistory() throws Exception {
        String report = upload(csv("april.csv", "text/csv", rows(3, "01/01/1980")));

        assertThat(report).startsWith("/ndtms/imports/uploads/");
        assertThat(page(report, officer)).contains("Validation report", "No problems found", "Load the file", agency);
        mvc.perform(post(report + "/confirm").with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/ndtms/imports"))
                .andExpect(r -> assertThat(r.getFlashMap().get("flash"))
                        .isEqualTo("File loaded: 3 rows for " + agency + ", replacing 0 earlier rows"));

        assertThat(page("/ndtms/imports", officer)).contains("april.csv", agency, "In force");
        assertThat(jdbc.sql("select count(*) from report_ndtms_intervention where agency = :a")
                        .param("a", agency)
                        .query(Long.class)
                        .single())
                .isEqualTo(3L);
        assertThat(jdbc.sql(
                                "select count(*) from audit_access_log where subject_kind = 'NDTMS_IMPORT' and username = :u")
                        .param("u", officer.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(page(report, officer)).contains("This file has been loaded").doesNotContain("Load the file");
        mvc.perform(post(report + "/confirm").with(csrf()).with(as(officer)))
                .andExpect(
                        r -> assertThat(r.getFlashMap().get("refusal")).isEqualTo("This file has already been loaded"));
    }

    @Test
    void theReportListsEveryProblemInPagesAndTheFileCannotBeLoaded() throws Exception {
        String report = upload(csv("bad.csv", "application/vnd.ms-excel", rows(60, "31/02/1980")));

        String first = page(report, officer);
        assertThat(first)
                .contains("This file cannot be loaded", "NOT_A_DATE", "Showing 1 to 50 of 60")
                .doesNotContain("Load the file");
        assertThat(page(report + "?page=2", officer)).contains("Showing 51 to 60 of 60");
        mvc.perform(post(report + "/confirm").with(csrf()).with(as(officer)))
                .andExpect(r -> assertThat(r.getFlashMap().get("refusal"))
                        .isEqualTo("This file has problems, so it cannot be loaded: correct them and upload it again"));
        assertThat(jdbc.sql("select count(*) from report_ndtms_intervention where agency = :a")
                        .param("a", agency)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFileMissingAColumnIsReportedNamingIt() throws Exception {
        String report = upload(csv("a.csv", "text/csv", "AGNCY,EPISODID\nN1,E1\n"));

        assertThat(page(report, officer))
                .contains("The required column DOB is missing from the header", "MISSING_COLUMN");
    }

    @Test
    void wrongTypesEmptyAndBinaryFilesAreRefusedAtTheForm() throws Exception {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1};
        Object[][] cases = {
            {new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF".getBytes()), "must be a CSV file"},
            {new MockMultipartFile("file", "a.csv", "image/png", binary), "must be a CSV file"},
            {new MockMultipartFile("file", "a.csv", "text/csv", binary), "text saved as UTF-8"},
            {new MockMultipartFile("file", "a.csv", "text/csv", new byte[0]), "Select an NDTMS activity file"},
            {new MockMultipartFile("file", "big.csv", "text/csv", new byte[8 * 1024 * 1024 + 1]), "8 MB or smaller"}
        };
        for (Object[] c : cases) {
            String body = mvc.perform(multipart("/ndtms/imports")
                            .file((MockMultipartFile) c[0])
                            .with(csrf())
                            .with(as(officer)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).contains("govuk-error-summary", (String) c[1]).doesNotContain("Exception");
        }
    }

    @Test
    void onlyDataOfficersAndCommissionersMayImportAndOnlyTheUploaderSeesAnUpload() throws Exception {
        Set<Role> allowed = EnumSet.of(Role.DATA_OFFICER, Role.COMMISSIONER);
        for (Role role : Role.values()) {
            CurrentUser user = person(role, UUID.randomUUID());
            mvc.perform(get("/ndtms/imports").with(as(user)))
                    .andExpect(allowed.contains(role) ? status().isOk() : status().isForbidden());
            mvc.perform(multipart("/ndtms/imports")
                            .file(csv("x.csv", "text/csv", rows(1, "01/01/1980")))
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(allowed.contains(role) ? status().is3xxRedirection() : status().isForbidden());
        }
        String report = upload(csv("mine.csv", "text/csv", rows(1, "01/01/1980")));
        CurrentUser other = person(Role.DATA_OFFICER, UUID.randomUUID());
        mvc.perform(get(report).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post(report + "/confirm").with(csrf()).with(as(other))).andExpect(status().isNotFound());
    }
}
