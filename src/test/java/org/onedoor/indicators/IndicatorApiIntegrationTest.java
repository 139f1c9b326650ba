package org.onedoor.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.onedoor.treatment.prescribing.PrescribingImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/indicators (issue 17 item 5): provider-side callers only, problems in the API's problem format. */
@IntegrationTest
class IndicatorApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    PrescribingImport prescribing;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    @WithMockUser(authorities = "INDICATORS_VIEW_UNSUPPRESSED")
    void aProviderSideCallerGetsTheFiguresOfAProvider() throws Exception {
        Journeys journeys = new Journeys(directory, registry, treatment, prescribing, currentUsers);
        journeys.adult()
                .episode(journeys.providerA, List.of("ALCOHOL"), "2016-05-01", "2016-09-01", "81")
                .record();
        mvc.perform(get("/api/v1/indicators")
                        .param("scope", "provider")
                        .param("organisation", journeys.providerA.toString())
                        .param("from", "2016-04")
                        .param("to", "2017-03")
                        .param("asOf", "2018-01-01")
                        .param("indicator", "C19c", "DEATHS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].indicator").value("C19c"))
                .andExpect(jsonPath("$.rows[0].period").value("2016-04..2017-03"))
                .andExpect(jsonPath("$.rows[0].numerator").value(1))
                .andExpect(jsonPath("$.rows[0].denominator").value(1))
                .andExpect(jsonPath("$.rows[0].value").value(100.0))
                .andExpect(jsonPath("$.rows[0].status").value("FINAL"))
                .andExpect(jsonPath("$.rows[1].indicator").value("DEATHS"));
    }

    @Test
    @WithMockUser(authorities = "INDICATORS_VIEW_UNSUPPRESSED")
    void badRequestsAreNamedByField() throws Exception {
        mvc.perform(get("/api/v1/indicators").param("from", "2017-04").param("to", "2017-03"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/indicators")
                        .param("from", "2016-04")
                        .param("to", "2017-03")
                        .param("scope", "x"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("scope"));
        mvc.perform(get("/api/v1/indicators")
                        .param("from", "2016-04")
                        .param("to", "2017-03")
                        .param("scope", "provider"))
                .andExpect(jsonPath("$.errors[0].field").value("organisation"));
        mvc.perform(get("/api/v1/indicators")
                        .param("from", "2016-04")
                        .param("to", "2017-03")
                        .param("indicator", "C99"))
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
        mvc.perform(get("/api/v1/indicators").param("from", "April").param("to", "2017-03"))
                .andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(authorities = {"INDICATORS_VIEW", "CONTRACT_VIEW"})
    void aCommissionerGetsTheFiguresWithSmallNumbersSuppressed() throws Exception {
        Journeys journeys = new Journeys(directory, registry, treatment, prescribing, currentUsers);
        journeys.adult()
                .episode(journeys.providerA, List.of("ALCOHOL"), "2016-05-01", "2016-09-01", "81")
                .record();
        mvc.perform(get("/api/v1/indicators")
                        .param("scope", "provider")
                        .param("organisation", journeys.providerA.toString())
                        .param("from", "2016-04")
                        .param("to", "2017-03")
                        .param("asOf", "2018-01-01")
                        .param("indicator", "C19c"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppression", containsString("<5")))
                .andExpect(jsonPath("$.rows[0].indicator").value("C19c"))
                .andExpect(jsonPath("$.rows[0].numerator.hidden").value("SMALL"))
                .andExpect(jsonPath("$.rows[0].numerator.value").doesNotExist())
                .andExpect(jsonPath("$.rows[0].denominator.hidden").value("SMALL"))
                .andExpect(jsonPath("$.rows[0].value").doesNotExist())
                .andExpect(jsonPath("$.rows[0].lower95").doesNotExist())
                .andExpect(jsonPath("$.rows[0].suppressed").value(true));
    }

    @Test
    @WithMockUser(authorities = {"COHORT_OUTCOMES_VIEW", "WAITING_TIMES_VIEW"})
    void someoneWithoutAnIndicatorPrivilegeIsToldWho() throws Exception {
        mvc.perform(get("/api/v1/indicators").param("from", "2016-04").param("to", "2017-03"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("commissioners")));
    }
}
