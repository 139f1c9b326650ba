package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.ResultPage;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EnquiryLogIntegrationTest {

    private static final CurrentUser SPOC = new CurrentUser(
            new UUID(0, 31), "enquiry-test", "Enquiry tester", new UUID(0, 31), Set.of(Role.SPOC_WORKER));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnquiryLog enquiries;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void spocWorkerLogsAnEnquiryThatAppearsInTheList() throws Exception {
        CurrentUser spoc = person(Role.SPOC_WORKER, UUID.randomUUID());
        String notes = "Asked about naloxone kits " + UUID.randomUUID();
        mvc.perform(get("/referrals/enquiries/new").with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Log an enquiry")))
                .andExpect(content().string(containsString("Needle exchange")));
        mvc.perform(post("/referrals/enquiries/new")
                        .with(as(spoc))
                        .with(csrf())
                        .param("topic", "NALOXONE")
                        .param("callerType", "FAMILY_OR_FRIEND")
                        .param("outcome", "SIGNPOSTED")
                        .param("signpostedTo", "Northvale pharmacy")
                        .param("notes", notes))
                .andExpect(redirectedUrl("/referrals/enquiries"))
                .andExpect(flash().attribute("flash", "Enquiry logged"));
        assertThat(jdbc.sql("select received_by from referral_enquiry where notes = ?")
                        .param(notes)
                        .query(String.class)
                        .single())
                .isEqualTo(spoc.username());
        mvc.perform(get("/referrals/enquiries").param("topic", "NALOXONE").with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(notes)))
                .andExpect(content().string(containsString("To Northvale pharmacy")));
        mvc.perform(get("/referrals/enquiries").param("topic", "DRUG_ADVICE").with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(notes))));
    }

    @Test
    void everyProblemIsShownAtItsFieldWithTheTypedValuesKeptAndNothingSaved() throws Exception {
        CurrentUser spoc = person(Role.SPOC_WORKER, UUID.randomUUID());
        String signposted = "Kept-" + UUID.randomUUID();
        mvc.perform(post("/referrals/enquiries/new")
                        .with(as(spoc))
                        .with(csrf())
                        .param("callerType", "SELF")
                        .param("signpostedTo", signposted)
                        .param("notes", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: Log an enquiry")))
                .andExpect(content().string(containsString("id=\"topic-error\"")))
                .andExpect(content().string(containsString("id=\"outcome-error\"")))
                .andExpect(content().string(containsString("id=\"notes-error\"")))
                .andExpect(content().string(containsString("Notes must be 2,000 characters or fewer")))
                .andExpect(content().string(not(containsString("id=\"callerType-error\""))))
                .andExpect(content().string(containsString(signposted)));
        assertThat(jdbc.sql("select count(*) from referral_enquiry where signposted_to = ?")
                        .param(signposted)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnknownCodeOrCallerTypeIsAProblemAtItsField() throws Exception {
        CurrentUser spoc = person(Role.SPOC_WORKER, UUID.randomUUID());
        String signposted = "Unknown-" + UUID.randomUUID();
        mvc.perform(post("/referrals/enquiries/new")
                        .with(as(spoc))
                        .with(csrf())
                        .param("topic", "ASTROLOGY")
                        .param("callerType", "ROBOT")
                        .param("outcome", "ADVICE_GIVEN")
                        .param("signpostedTo", signposted))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a topic from the list")))
                .andExpect(content().string(containsString("id=\"callerType-error\"")))
                .andExpect(content().string(not(containsString("id=\"outcome-error\""))));
        assertThat(jdbc.sql("select count(*) from referral_enquiry where signposted_to = ?")
                        .param(signposted)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theApiReportsEveryProblemAtOnce() {
        FieldProblems problems = catchThrowableOfType(
                FieldProblems.class,
                () -> currentUsers.actingAs(
                        SPOC,
                        () -> enquiries.log(
                                new EnquiryLog.NewEnquiry(null, null, "NOT_AN_OUTCOME", null, "y".repeat(2001)))));
        assertThat(problems.problems())
                .extracting(FieldProblem::field)
                .containsExactly("topic", "callerType", "outcome", "notes");
        assertThat(problems.problems())
                .extracting(FieldProblem::code)
                .containsExactly("REQUIRED", "REQUIRED", "UNKNOWN_CODE", "TOO_LONG");
    }

    @Test
    void theListIsNewestFirstInPagesOf25() throws Exception {
        clock.setDate(LocalDate.of(2031, 1, 6));
        List<UUID> logged = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            clock.advance(Duration.ofMinutes(1));
            logged.add(log("DRUG_ADVICE", "Paging " + i));
        }
        ResultPage<EnquiryEntry> first = currentUsers.actingAs(SPOC, () -> enquiries.recent(0, 25));
        assertThat(first.items()).hasSize(25);
        assertThat(first.items().get(0).id()).isEqualTo(logged.get(25));
        assertThat(first.items().get(24).id()).isEqualTo(logged.get(1));
        ResultPage<EnquiryEntry> second = currentUsers.actingAs(SPOC, () -> enquiries.recent(1, 25));
        assertThat(second.items().get(0).id()).isEqualTo(logged.get(0));
        assertThat(first.totalItems()).isGreaterThanOrEqualTo(26);

        CurrentUser spoc = person(Role.SPOC_WORKER, UUID.randomUUID());
        mvc.perform(get("/referrals/enquiries").with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paging 25")))
                .andExpect(content().string(not(containsString("Paging 0<"))))
                .andExpect(content().string(containsString("rel=\"next\"")));
        mvc.perform(get("/referrals/enquiries").param("page", "2").with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paging 0<")))
                .andExpect(content().string(containsString("rel=\"prev\"")));
    }

    @Test
    void aTopicWithNoEnquiriesShowsTheEmptyState() throws Exception {
        CurrentUser spoc = person(Role.SPOC_WORKER, UUID.randomUUID());
        jdbc.sql("update referral_enquiry set voided_at = ?, voided_by = 'test', void_reason = 'empty state' "
                        + "where topic = 'OTHER' and voided_at is null")
                .param(java.time.OffsetDateTime.parse("2026-11-23T12:00:00Z"))
                .update();
        mvc.perform(get("/referrals/enquiries").param("topic", "OTHER").with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No enquiries about this topic")));
    }

    @Test
    void aVoidedEnquiryLeavesTheListAndNeedsAReason() {
        UUID id = log("SERVICE_INFORMATION", "Logged in error " + UUID.randomUUID());
        assertThatThrownBy(() -> currentUsers.actingAs(SPOC, () -> {
                    enquiries.voidEnquiry(id, " ");
                    return null;
                }))
                .isInstanceOf(FieldProblems.class)
                .hasFieldOrPropertyWithValue("code", "ENQUIRY_INVALID");
        currentUsers.actingAs(SPOC, () -> {
            enquiries.voidEnquiry(id, "Logged against the wrong call");
            return null;
        });
        assertThat(currentUsers
                        .actingAs(SPOC, () -> enquiries.recent("SERVICE_INFORMATION", 0, 100))
                        .items())
                .extracting(EnquiryEntry::id)
                .doesNotContain(id);
        assertThat(jdbc.sql("select voided_by from referral_enquiry where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("enquiry-test");
    }

    @Test
    void peopleWithoutTheQueueCannotLogOrSeeEnquiries() throws Exception {
        CurrentUser gp = person(Role.PRACTICE_USER, UUID.randomUUID());
        mvc.perform(get("/referrals/enquiries").with(as(gp))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals/enquiries/new").with(as(gp))).andExpect(status().isForbidden());
    }

    private UUID log(String topic, String notes) {
        return currentUsers.actingAs(
                SPOC,
                () -> enquiries.log(
                        new EnquiryLog.NewEnquiry(topic, EnquiryCallerType.SELF, "ADVICE_GIVEN", null, notes)));
    }
}
