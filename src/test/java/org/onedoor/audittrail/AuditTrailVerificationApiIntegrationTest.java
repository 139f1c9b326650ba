package org.onedoor.audittrail;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditTrailVerificationApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(authorities = "AUDIT_VERIFY")
    void reportsTheChainToThoseAllowedToVerifyIt() throws Exception {
        mvc.perform(get("/api/v1/audit-trail/verification").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.entriesChecked").isNumber())
                .andExpect(jsonPath("$.firstBrokenSeq").doesNotExist())
                .andExpect(jsonPath("$.problem").doesNotExist());
    }

    @Test
    @WithMockUser(authorities = "DIRECTORY_VIEW")
    void refusesEveryoneElse() throws Exception {
        mvc.perform(get("/api/v1/audit-trail/verification").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAnonymousCallers() throws Exception {
        mvc.perform(get("/api/v1/audit-trail/verification").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }
}
