package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LogReferralIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void spocWorkerLogsAPhoneReferralThatAppearsInTheQueue() throws Exception {
        CurrentUser spoc = person(Role.SPOC_WORKER, UUID.randomUUID());
        String family = "Phone-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(get("/referrals/new").with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Log a referral or call")));
        mvc.perform(post("/referrals/new")
                        .with(as(spoc))
                        .with(csrf())
                        .param("source", "SELF")
                        .param("givenName", "Jo")
                        .param("familyName", family)
                        .param("dobDay", "2")
                        .param("dobMonth", "11")
                        .param("dobYear", "1979")
                        .param("sex", "FEMALE")
                        .param("substance1", "HEROIN")
                        .param("risks", "RECENT_OVERDOSE"))
                .andExpect(redirectedUrlPattern("/referrals/*"));
        assertThat(jdbc.sql("select channel from referral where family_name = ?")
                        .param(family)
                        .query(String.class)
                        .single())
                .isEqualTo("PHONE");
        mvc.perform(get("/referrals").param("q", family).with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jo " + family)))
                .andExpect(content().string(containsString("Urgent")));
    }

    @Test
    void practiceUserRefersAsAProfessionalAndCannotSeeTheQueue() throws Exception {
        UUID practice = practice();
        CurrentUser gp = person(Role.PRACTICE_USER, practice);
        String family = "Gp-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(get("/referrals/new").with(as(gp)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Refer someone")));
        mvc.perform(post("/referrals/new")
                        .with(as(gp))
                        .with(csrf())
                        .param("source", "GP")
                        .param("referrerName", gp.displayName())
                        .param("referrerOrganisation", "Test Surgery")
                        .param("givenName", "Lee")
                        .param("familyName", family)
                        .param("dobDay", "2")
                        .param("dobMonth", "11")
                        .param("dobYear", "1979")
                        .param("sex", "MALE")
                        .param("gpPracticeId", practice.toString())
                        .param("substance1", "ALCOHOL"))
                .andExpect(redirectedUrl("/referrals/new"));
        assertThat(jdbc.sql("select channel from referral where family_name = ?")
                        .param(family)
                        .query(String.class)
                        .single())
                .isEqualTo("PROFESSIONAL");
        mvc.perform(get("/referrals").with(as(gp))).andExpect(status().isForbidden());
    }

    @Test
    void anInvalidNhsNumberIsShownAtItsFieldAndNothingIsSaved() throws Exception {
        CurrentUser spoc = person(Role.SPOC_WORKER, UUID.randomUUID());
        String family = "Nhs-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/referrals/new")
                        .with(as(spoc))
                        .with(csrf())
                        .param("source", "SELF")
                        .param("givenName", "Jo")
                        .param("familyName", family)
                        .param("dobDay", "2")
                        .param("dobMonth", "11")
                        .param("dobYear", "1979")
                        .param("sex", "FEMALE")
                        .param("nhsNumber", "943 476 5918")
                        .param("substance1", "HEROIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nhsNumber-error\"")))
                .andExpect(content().string(containsString("943 476 5918")));
        assertThat(jdbc.sql("select count(*) from referral where family_name = ?")
                        .param(family)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private UUID practice() {
        CurrentUser admin = person(Role.ADMINISTRATOR, UUID.randomUUID());
        String ods = "Q"
                + String.format(
                        "%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100000));
        return currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                        .named("Referring Surgery " + ods)
                        .ods(ods)
                        .listSize(3000)
                        .activeFrom(LocalDate.of(2025, 4, 1))
                        .build()));
    }
}
