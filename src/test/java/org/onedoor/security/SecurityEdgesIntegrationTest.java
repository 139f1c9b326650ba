package org.onedoor.security;

import static org.hamcrest.Matchers.containsString;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What security answers at its edges: API callers get problem details, every response carries its headers. */
@IntegrationTest
class SecurityEdgesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anApiCallWithoutATokenGetsA401Problem() throws Exception {
        mvc.perform(get("/api/v1/practice-offers").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("API_TOKEN_MISSING"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anApiPostWithoutATokenGetsA401ProblemNotA403Page() throws Exception {
        mvc.perform(post("/api/v1/referrals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("API_TOKEN_MISSING"));
    }

    @Test
    void aSignedInPersonWithoutThePrivilegeGetsA403ProblemFromTheApi() throws Exception {
        mvc.perform(post("/api/v1/referrals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(as(Actors.person(Role.COMMISSIONER, UUID.randomUUID()))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void everyResponseCarriesAPermissionsPolicyAndNoHstsOutsideProduction() throws Exception {
        mvc.perform(get("/sign-in").secure(true))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("Permissions-Policy", containsString("geolocation=()")))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
