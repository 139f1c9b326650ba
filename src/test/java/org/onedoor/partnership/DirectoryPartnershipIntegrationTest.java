package org.onedoor.partnership;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
@WithMockUser(authorities = {"DIRECTORY_VIEW", "DIRECTORY_MANAGE"})
class DirectoryPartnershipIntegrationTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void describesThePartnershipAndKeepsHistory() throws Exception {
        String area = "North East Lincolnshire " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/directory/partnership")
                        .with(csrf())
                        .param("areaName", area)
                        .param("localAuthorityCode", "e06000012"))
                .andExpect(redirectedUrl("/directory/partnership"));
        mvc.perform(get("/directory/partnership"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + area + "\"")))
                .andExpect(content().string(containsString("E06000012")))
                .andExpect(content().string(containsString(area)));
    }

    @Test
    void refusesALocalAuthorityCodeThatIsNotAnOnsCode() throws Exception {
        mvc.perform(post("/directory/partnership")
                        .with(csrf())
                        .param("areaName", "Somewhere")
                        .param("localAuthorityCode", "X123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#localAuthorityCode\"")))
                .andExpect(content().string(containsString("like E06000012")));
    }

    @Test
    @WithMockUser(authorities = "DIRECTORY_VIEW")
    void refusesChangesFromUsersWhoMayOnlyRead() throws Exception {
        mvc.perform(post("/directory/partnership")
                        .with(csrf())
                        .param("areaName", "Hijack")
                        .param("localAuthorityCode", "E06000012"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/partnership")).andExpect(status().isOk());
    }
}
