package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * A client's blood-borne-virus status beside the outcome trajectories comes from harm reduction's own record (page
 * composition), sealed from roles outside the BBV seal, and every view is audited.
 */
@IntegrationTest
@Import(TreatmentFixtures.class)
class BbvStatusIntegrationTest {

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    ClientHarmReduction harmReduction;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Test
    void theStatusBesideTheOutcomesComesFromHarmReductionSealedFromRolesOutsideTheSealAndAudited() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        CurrentUser prescriber =
                new CurrentUser(UUID.randomUUID(), "bbv-prescriber", "Prescriber", provider, Set.of(Role.PRESCRIBER));
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        as(
                prescriber,
                () -> harmReduction.recordBbv(
                        client,
                        new BbvEntry(
                                Virus.HEP_C,
                                BbvKind.TEST,
                                today.minusDays(9),
                                BbvStatus.DONE,
                                BbvResult.POSITIVE,
                                null,
                                false)));
        as(
                prescriber,
                () -> harmReduction.recordBbv(
                        client,
                        new BbvEntry(
                                Virus.HEP_C,
                                BbvKind.TEST,
                                today.minusDays(1),
                                BbvStatus.DONE,
                                BbvResult.NEGATIVE,
                                null,
                                false)));
        String status = "/clients/" + client + "/harm-reduction/bbv-status";
        assertThat(page(get("/clients/" + client + "/outcomes/trajectory"), worker))
                .contains("hx-get=\"" + status + "\"");
        long audits = audits(client);

        assertThat(page(get(status).header("HX-Request", "true"), prescriber))
                .contains("Test for hepatitis C")
                .contains("done, result negative")
                .doesNotContain("result positive")
                .doesNotContain("<html");
        assertThat(page(get(status).header("HX-Request", "true"), worker))
                .contains("2 blood-borne virus entries are sealed")
                .doesNotContain("hepatitis C");
        assertThat(audits(client)).isEqualTo(audits + 2);
        assertThat(page(get(status), prescriber)).contains("<html").contains("Blood-borne virus status");
    }

    private String page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.with(Actors.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long audits(UUID client) {
        return jdbc.sql("select count(*) from audit_access_log where subject_id = ?")
                .param(client)
                .query(Long.class)
                .single();
    }

    private <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
