package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReferralApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(authorities = "REFERRAL_SUBMIT")
    void acceptsAValidReferralWithItsReferenceAndLocation() throws Exception {
        String family = "Api-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/v1/referrals")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"givenName":"Sam","familyName":"%s","dateOfBirth":"1985-03-27","sex":"FEMALE",
                         "nhsNumber":"943 476 5919","source":"GP","referrerName":"Dr A Patel",
                         "referrerOrganisation":"Oakwood Surgery","substances":["HEROIN","CRACK"],
                         "risks":["RECENT_OVERDOSE"]}
                        """.formatted(family)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/referrals/")))
                .andExpect(jsonPath("$.reference").isString())
                .andExpect(jsonPath("$.urgent").value(true));
        assertThat(jdbc.sql("select channel from referral where family_name = ?")
                        .param(family)
                        .query(String.class)
                        .single())
                .isEqualTo("API");
    }

    @Test
    @WithMockUser(authorities = "REFERRAL_SUBMIT")
    void listsEveryFieldAtFaultAsProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/referrals")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"givenName":"","familyName":"X","dateOfBirth":"2999-01-01","sex":"ROBOT",
                         "nhsNumber":"0000000000","source":"NOPE","substances":[],"gpPracticeOdsCode":"A00000"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("REFERRAL_INVALID"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(hasItems(
                                "givenName",
                                "dateOfBirth",
                                "sex",
                                "nhsNumber",
                                "source",
                                "substances",
                                "gpPracticeOdsCode",
                                "referrerName")));
    }

    @Test
    @WithMockUser(authorities = "REFERRAL_SUBMIT")
    void malformedJsonIsABadRequestNotAnError() throws Exception {
        mvc.perform(post("/api/v1/referrals")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\": \"Sam\", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    @WithMockUser(authorities = "REFERRAL_SUBMIT")
    void refusesAnOversizedReferralWithoutSavingIt() throws Exception {
        String family = "Huge-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/v1/referrals")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"givenName":"Sam","familyName":"%s","dateOfBirth":"1985-03-27","sex":"FEMALE",
                         "source":"SELF","substances":["ALCOHOL"],"notes":"%s"}
                        """.formatted(family, "x".repeat(70_000))))
                .andExpect(status().isPayloadTooLarge());
        assertThat(jdbc.sql("select count(*) from referral where family_name = ?")
                        .param(family)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    @WithMockUser(authorities = "DIRECTORY_VIEW")
    void callersWithoutTheReferralPrivilegeAreRefused() throws Exception {
        mvc.perform(post("/api/v1/referrals")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
    }
}
