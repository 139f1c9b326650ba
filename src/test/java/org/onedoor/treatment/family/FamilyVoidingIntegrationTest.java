package org.onedoor.treatment.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FamilyVoidingIntegrationTest {

    private static final CurrentUser ADMIN =
            new CurrentUser(UUID.randomUUID(), "void-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    Directory directory;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    FamilySupport family;

    @Test
    void aSessionIsVoidedWithAReasonAfterConfirmingAndIsKept() throws Exception {
        CurrentUser worker = worker(organisation());
        String name = unique("Carer");
        UUID other = register(worker, name);
        currentUsers.actingAs(
                worker,
                () -> family.recordSession(
                        other,
                        new NewSession(LocalDate.now(clock), "Kept Worker", SessionKind.GROUP, "Stays on the record")));
        UUID session = currentUsers.actingAs(
                worker,
                () -> family.recordSession(
                        other,
                        new NewSession(
                                LocalDate.now(clock), "Wrong Worker", SessionKind.TELEPHONE, "Entered in error")));
        String page = "/family-support/" + other + "/sessions/" + session + "/void";

        mvc.perform(get(page).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Are you sure?"),
                                containsString("Wrong Worker"),
                                containsString("Yes, void it"))));
        mvc.perform(post(page).with(as(worker)).with(csrf()).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why it is being voided")));
        assertThat(voidedSessions(other)).isZero();

        mvc.perform(post(page).with(as(worker)).with(csrf()).param("reason", "Recorded for the wrong person"))
                .andExpect(redirectedUrl("/family-support/" + other));

        mvc.perform(get("/family-support/" + other).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kept Worker"), not(containsString("Wrong Worker")))));
        assertThat(jdbc.sql("select void_reason, voided_by from treatment_family_session where id = ?")
                        .param(session)
                        .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2))
                        .single())
                .isEqualTo("Recorded for the wrong person/" + worker.username());
        assertThat(jdbc.sql("""
                select count(*) from audit_access_log where username = ? and subject_kind = 'CONCERNED_OTHER'
                   and subject_id = ? and action = 'CHANGE' and detail like '%session voided: Recorded for%'
                """)
                        .params(worker.username(), other)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aConcernedOtherIsVoidedWithAReasonAndLeavesTheListButIsKept() throws Exception {
        CurrentUser worker = worker(organisation());
        String name = unique("Wrong");
        UUID other = register(worker, name);

        mvc.perform(get("/family-support/" + other + "/void").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Are you sure?"), containsString(name))));
        mvc.perform(post("/family-support/" + other + "/void").with(as(worker)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why it is being voided")));
        mvc.perform(post("/family-support/" + other + "/void")
                        .with(as(worker))
                        .with(csrf())
                        .param("reason", "Duplicate registration"))
                .andExpect(redirectedUrl("/family-support"));

        mvc.perform(get("/family-support").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/family-support/" + other).with(as(worker))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select void_reason from treatment_concerned_other where id = ?")
                        .param(other)
                        .query(String.class)
                        .single())
                .isEqualTo("Duplicate registration");
    }

    @Test
    void anotherOrganisationMayNotVoid() throws Exception {
        CurrentUser worker = worker(organisation());
        UUID other = register(worker, unique("Held"));
        CurrentUser stranger = worker(organisation());

        mvc.perform(post("/family-support/" + other + "/void")
                        .with(as(stranger))
                        .with(csrf())
                        .param("reason", "Not mine"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from treatment_concerned_other where id = ? and voided_at is null")
                        .param(other)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long voidedSessions(UUID other) {
        return jdbc.sql("select count(*) from treatment_family_session where concerned_other_id = ? "
                        + "and voided_at is not null")
                .param(other)
                .query(Long.class)
                .single();
    }

    private UUID register(CurrentUser worker, String familyName) {
        return currentUsers.actingAs(
                worker,
                () -> family.register(new NewConcernedOther(
                        "Pat",
                        familyName,
                        "Mother",
                        "07700 900123",
                        null,
                        null,
                        true,
                        false,
                        LocalDate.now(clock),
                        null)));
    }

    private UUID organisation() {
        return currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.PARTNER_PROVIDER)
                        .named("Voids " + UUID.randomUUID().toString().substring(0, 6))
                        .build()));
    }

    private static CurrentUser worker(UUID organisation) {
        return new CurrentUser(
                UUID.randomUUID(),
                "voids-" + UUID.randomUUID().toString().substring(0, 8),
                "Voids Worker",
                organisation,
                Set.of(Role.RECOVERY_WORKER));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replaceAll("[0-9-]", "x").substring(0, 6);
    }
}
