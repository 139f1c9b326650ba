package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Opening a referral is a view of identifiable client data, so it is written to the audit trail (ADR 0006). */
@IntegrationTest
class ReferralViewAuditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferralIntake intake;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void viewingAReferralThatShowsAnNhsNumberIsWrittenToTheAuditTrailWithWhoAndWhich() throws Exception {
        CurrentUser spoc = person(Role.SPOC_WORKER, UUID.randomUUID());
        UUID withNumber = currentUsers
                .actingAs(
                        spoc, () -> intake.receive(ReferralFixtures.aReferral().build()))
                .id();
        UUID without = currentUsers
                .actingAs(
                        spoc,
                        () -> intake.receive(
                                ReferralFixtures.aReferral().withNhsNumber(null).build()))
                .id();

        mvc.perform(get("/referrals/" + withNumber).with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("943 476 5919")));
        mvc.perform(get("/referrals/" + without).with(as(spoc))).andExpect(status().isOk());

        assertThat(views(spoc, withNumber))
                .singleElement()
                .asString()
                .contains("NHS number shown")
                .doesNotContain("9434765919");
        assertThat(views(spoc, without)).singleElement().asString().contains("no NHS number shown");
    }

    private List<String> views(CurrentUser who, UUID referral) {
        return jdbc.sql("""
                select purpose || ': ' || detail from audit_access_log
                 where username = :who and action = 'VIEW' and subject_kind = 'REFERRAL' and subject_id = :id
                """)
                .param("who", who.username())
                .param("id", referral)
                .query(String.class)
                .list();
    }
}
