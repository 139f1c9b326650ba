package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.harmreduction.ClientHarmReduction;
import org.onedoor.treatment.harmreduction.HarmReductionImport;
import org.onedoor.treatment.harmreduction.HarmReductionImport.ImportedBbv;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvEntry;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvKind;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvResult;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvStatus;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Virus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Harm reduction tells assessment each blood-borne-virus test done, in the same transaction, so that the hepatitis C
 * measure in {@code report_outcome} comes from harm reduction's own record and is never entered twice.
 */
@IntegrationTest
@Import(TreatmentFixtures.class)
class BbvTellingIntegrationTest {

    private static final CurrentUser ADMIN =
            new CurrentUser(UUID.randomUUID(), "bbv-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    ClientHarmReduction harmReduction;

    @Autowired
    HarmReductionImport harmReductionImport;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Test
    void aHepatitisCTestDoneIsInReportOutcomeWithTheEpisodeOpenThatDayAndNothingElseIs() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(40), today.minusDays(30));

        UUID test = as(
                worker,
                () -> harmReduction.recordBbv(
                        client,
                        new BbvEntry(
                                Virus.HEP_C,
                                BbvKind.TEST,
                                today.minusDays(2),
                                BbvStatus.DONE,
                                BbvResult.NEGATIVE,
                                null,
                                false)));
        as(
                worker,
                () -> harmReduction.recordBbv(
                        client, new BbvEntry(Virus.HEP_C, BbvKind.TEST, today, BbvStatus.OFFERED, null, null, false)));
        as(
                worker,
                () -> harmReduction.recordBbv(
                        client, new BbvEntry(Virus.HEP_B, BbvKind.VACCINATION, today, BbvStatus.DONE, null, 1, false)));
        as(
                worker,
                () -> harmReduction.recordBbv(
                        client,
                        new BbvEntry(Virus.HIV, BbvKind.TEST, today, BbvStatus.DONE, BbvResult.NEGATIVE, null, false)));

        assertThat(jdbc.sql("""
                        select record_id, episode_id, organisation_id, hep_c_tested_on from report_outcome
                         where client_key = ? and instrument = 'hepatitis-c-test'
                        """)
                        .param(client)
                        .query((rs, n) -> List.of(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class),
                                rs.getObject(4, LocalDate.class)))
                        .list())
                .containsExactly(List.of(test, episode, provider, today.minusDays(2)));
        assertThat(jdbc.sql("select virus from assessment_bbv_test where client_id = ? order by virus")
                        .param(client)
                        .query(String.class)
                        .list())
                .containsExactly("HEPATITIS_C", "HIV");
    }

    @Test
    void importedTestsAreToldInTheSameBatchAndATestOutsideAnyEpisodeHasNone() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        fixtures.episode(worker, client, today.minusDays(40), today.minusDays(30));

        as(
                ADMIN,
                () -> harmReductionImport.importHarmReduction(
                        List.of(),
                        List.of(),
                        List.of(
                                new ImportedBbv(
                                        client,
                                        provider,
                                        Virus.HEP_C,
                                        BbvKind.TEST,
                                        today.minusYears(4),
                                        BbvStatus.DONE,
                                        BbvResult.POSITIVE,
                                        null,
                                        false),
                                new ImportedBbv(
                                        client,
                                        provider,
                                        Virus.HEP_C,
                                        BbvKind.TEST,
                                        today.minusDays(5),
                                        BbvStatus.REFUSED,
                                        null,
                                        null,
                                        false))));

        assertThat(jdbc.sql("""
                        select episode_id, hep_c_tested_on from report_outcome
                         where client_key = ? and instrument = 'hepatitis-c-test'
                        """)
                        .param(client)
                        .query((rs, n) -> Map.entry(
                                String.valueOf(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class)))
                        .list())
                .containsExactly(Map.entry("null", today.minusYears(4)));
    }

    @Test
    void aTestVoidedWithAReasonLeavesReportOutcomeAndTheScreensButStaysOnTheRecord() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        CurrentUser prescriber =
                new CurrentUser(UUID.randomUUID(), "bbv-voider", "Prescriber", provider, Set.of(Role.PRESCRIBER));
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID test = as(
                prescriber,
                () -> harmReduction.recordBbv(
                        client,
                        new BbvEntry(
                                Virus.HEP_C, BbvKind.TEST, today, BbvStatus.DONE, BbvResult.NEGATIVE, null, false)));
        assertThat(hepatitisCTests(client)).isEqualTo(1);

        String refused = mvc.perform(post("/clients/" + client + "/harm-reduction/bbv/" + test + "/void")
                        .param("voidReason", " ")
                        .with(csrf())
                        .with(Actors.as(prescriber)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Enter why the entry is being voided");
        assertThat(hepatitisCTests(client)).isEqualTo(1);

        mvc.perform(post("/clients/" + client + "/harm-reduction/bbv/" + test + "/void")
                .param("voidReason", "Recorded for the wrong client")
                .with(csrf())
                .with(Actors.as(prescriber)));

        assertThat(hepatitisCTests(client)).isZero();
        assertThat(jdbc.sql("select void_reason from treatment_bbv_entry where id = ?")
                        .param(test)
                        .query(String.class)
                        .single())
                .isEqualTo("Recorded for the wrong client");
        assertThat(page(get("/clients/" + client + "/harm-reduction/bbv-status"), prescriber))
                .contains("No blood-borne virus tests or vaccinations recorded");
        var again = mvc.perform(post("/clients/" + client + "/harm-reduction/bbv/" + test + "/void")
                        .param("voidReason", "Again")
                        .with(csrf())
                        .with(Actors.as(prescriber)))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("This entry was already voided");
        assertThat(jdbc.sql("select void_reason from treatment_bbv_entry where id = ?")
                        .param(test)
                        .query(String.class)
                        .single())
                .isEqualTo("Recorded for the wrong client");
        assertThat(mvc.perform(post("/clients/" + client + "/harm-reduction/bbv/" + UUID.randomUUID() + "/void")
                                .param("voidReason", "Unknown")
                                .with(csrf())
                                .with(Actors.as(prescriber)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("an entry that does not exist is still not found")
                .isEqualTo(404);
    }

    private long hepatitisCTests(UUID client) {
        return jdbc.sql("select count(*) from report_outcome where client_key = ? and instrument = 'hepatitis-c-test'")
                .param(client)
                .query(Long.class)
                .single();
    }

    private String page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.with(Actors.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
