package org.onedoor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** No one grants themselves clinical access, and every role change is seen: audit trail and the IG lead's report. */
@IntegrationTest
class RoleChangeOversightIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.onedoor.security.People people;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCannotChangeTheirOwnRoles() throws Exception {
        CurrentUser admin = anAccount(Role.ADMINISTRATOR);

        mvc.perform(post("/admin/users/{u}/roles", admin.username())
                        .with(csrf())
                        .with(as(admin))
                        .param("roles", "ADMINISTRATOR", "PRESCRIBER"))
                .andExpect(status().is3xxRedirection());

        assertThat(accounts.find(admin.username()).orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(catchThrowable(() -> currentUsers.actingAs(admin, () -> {
                    accounts.grantRoles(admin.username(), Set.of(Role.ADMINISTRATOR, Role.TEAM_MANAGER));
                    return null;
                })))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("cannot change your own roles");
        String page = mvc.perform(get("/admin/users/{u}", admin.username()).with(as(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("You cannot change your own roles").doesNotContain("Save roles");
        assertThat(changesOf(admin.username())).isEqualTo(1); // only its opening
    }

    @Test
    void everyRoleChangeIsInTheAuditTrailAndTheIgLeadsReport() throws Exception {
        CurrentUser admin = anAccount(Role.ADMINISTRATOR);
        CurrentUser worker = anAccount(Role.SPOC_WORKER);
        CurrentUser igLead = anAccount(Role.IG_LEAD);

        mvc.perform(post("/admin/users/{u}/roles", worker.username())
                        .with(csrf())
                        .with(as(admin))
                        .param("roles", "SPOC_WORKER", "TEAM_MANAGER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users/{u}/enabled", worker.username())
                        .with(csrf())
                        .with(as(admin))
                        .param("enabled", "false"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                        select detail from audit_access_log
                         where subject_kind = 'USER_ACCOUNT' and subject_id = ? and username = ? and action = 'CHANGE'
                         order by seq
                        """)
                        .params(worker.userId(), admin.username())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Roles of " + worker.username() + " changed from SPOC_WORKER to SPOC_WORKER,TEAM_MANAGER",
                        "Account " + worker.username() + " disabled");
        String report = mvc.perform(get("/ig/account-changes")
                        .param("account", worker.username())
                        .with(as(igLead)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(report)
                .contains(worker.username(), "Added: Team manager", people.name(admin.username()), "Disabled");
        assertThat(people.name(admin.username()))
                .as("a name and role, not the username")
                .contains("(Administrator)");
        assertThat(report).contains("Opened", "Added: SPOC worker");
        String others = mvc.perform(get("/ig/account-changes")
                        .param("account", "no-such-account_%")
                        .with(as(igLead)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(others).contains("No changes to or by an account starting").doesNotContain(worker.username());
        mvc.perform(get("/ig/account-changes").with(as(admin))).andExpect(status().isForbidden());
    }

    @Test
    void savingTheSameRolesAgainIsNoChange() throws Exception {
        CurrentUser admin = anAccount(Role.ADMINISTRATOR);
        CurrentUser worker = anAccount(Role.SPOC_WORKER);
        mvc.perform(post("/admin/users/{u}/roles", worker.username())
                        .with(csrf())
                        .with(as(admin))
                        .param("roles", "SPOC_WORKER"))
                .andExpect(status().is3xxRedirection());
        assertThat(changesOf(worker.username())).isEqualTo(1); // only its opening
    }

    private long changesOf(String username) {
        return jdbc.sql("select count(*) from user_account_change where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private CurrentUser anAccount(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        UUID organisation = UUID.randomUUID();
        CurrentUser setUp =
                new CurrentUser(UUID.randomUUID(), "setup-admin", "Set-up", organisation, Set.of(Role.ADMINISTRATOR));
        UUID id = currentUsers.actingAs(
                setUp,
                () -> accounts.open(new NewUserAccount(
                        username, "Test " + role.label(), "correct-horse-battery", organisation, null, Set.of(role))));
        return new CurrentUser(id, username, "Test " + role.label(), organisation, Set.of(role));
    }
}
