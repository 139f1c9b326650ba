package org.onedoor.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
@WithMockUser(authorities = {"DIRECTORY_VIEW", "DIRECTORY_MANAGE"})
class DirectoryListIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Directory directory;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void pagesSearchResultsTwentyAtATime() throws Exception {
        String token = token();
        for (int i = 1; i <= 23; i++) {
            venue(String.format("%s Hall %02d", token, i), null);
        }
        mvc.perform(get("/directory/organisations").param("q", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 1 to 20 of 23")))
                .andExpect(content().string(containsString(token + " Hall 20")))
                .andExpect(content().string(not(containsString(token + " Hall 21"))))
                .andExpect(content().string(containsString("page=2")));
        mvc.perform(get("/directory/organisations").param("q", token).param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 21 to 23 of 23")))
                .andExpect(content().string(containsString(token + " Hall 23")))
                .andExpect(content().string(not(containsString(token + " Hall 01<"))));
    }

    @Test
    void sortsByAColumnEitherWay() throws Exception {
        String token = token();
        venue(token + " Alpha", null);
        venue(token + " Zulu", null);
        String ascending = mvc.perform(
                        get("/directory/organisations").param("q", token).param("sort", "name"))
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ascending.indexOf(token + " Alpha")).isLessThan(ascending.indexOf(token + " Zulu"));
        String descending = mvc.perform(get("/directory/organisations")
                        .param("q", token)
                        .param("sort", "name")
                        .param("order", "desc"))
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(descending.indexOf(token + " Zulu")).isLessThan(descending.indexOf(token + " Alpha"));
    }

    @Test
    void hidesOrganisationsThatHaveLeftUnlessAsked() throws Exception {
        String token = token();
        venue(token + " Closed Centre", LocalDate.of(2020, 3, 31));
        mvc.perform(get("/directory/organisations").param("q", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No organisations match “" + token + "”")))
                .andExpect(content().string(containsString("Clear the search and filters")));
        mvc.perform(get("/directory/organisations").param("q", token).param("left", "true"))
                .andExpect(content().string(containsString(token + " Closed Centre")))
                .andExpect(content().string(containsString("Left")));
    }

    @Test
    void filtersByType() throws Exception {
        String token = token();
        venue(token + " Venue", null);
        mvc.perform(get("/directory/organisations").param("q", token).param("type", "GP_PRACTICE"))
                .andExpect(content().string(not(containsString(token + " Venue"))));
        mvc.perform(get("/directory/organisations").param("q", token).param("type", "VENUE"))
                .andExpect(content().string(containsString(token + " Venue")));
    }

    @Test
    void ignoresNonsenseInTheQuery() throws Exception {
        mvc.perform(get("/directory/organisations")
                        .param("sort", "drop table")
                        .param("page", "x")
                        .param("type", "NOPE"))
                .andExpect(status().isOk());
        mvc.perform(get("/directory/staff").param("sort", "password").param("organisation", "not-an-id"))
                .andExpect(status().isOk());
    }

    private void venue(String name, LocalDate leftOn) {
        directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.VENUE)
                .named(name)
                .town("Hull")
                .activeFrom(LocalDate.of(2019, 4, 1))
                .activeTo(leftOn)
                .build());
    }

    private static String token() {
        return "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
