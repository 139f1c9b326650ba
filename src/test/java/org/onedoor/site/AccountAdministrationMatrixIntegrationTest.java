package org.onedoor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccountSummary;
import org.onedoor.security.UserAccounts;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role × every account-administration endpoint, from {@code src/test/resources/security/account-admin-matrix.csv}:
 * only administrators open, change, disable and unlock accounts, only the IG lead reads the account-changes report,
 * and a refused change leaves the account as it was.
 */
@IntegrationTest
class AccountAdministrationMatrixIntegrationTest {

    private static final CurrentUser SETUP = Actors.person(Role.ADMINISTRATOR, UUID.randomUUID());

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void onlyTheRolesTheMatrixNamesAdministerAccounts() throws Exception {
        List<String> problems = new ArrayList<>();
        String[] header = null;
        for (String[] row : rows()) {
            if (row[0].equals("endpoint")) {
                header = row;
                continue;
            }
            assertThat(header).hasSize(Role.values().length + 1).endsWith("ADMINISTRATOR");
            // one account per endpoint: every refused role tries it first, the administrator last
            String target = anAccount();
            for (int i = 1; i < row.length; i++) {
                Role role = Role.valueOf(header[i]);
                String problem = check(row[0], row[i], role, target);
                if (problem != null) {
                    problems.add(row[0] + " · " + role + ": " + problem);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private String check(String endpoint, String expected, Role role, String target) throws Exception {
        UserAccountSummary before = accounts.find(target).orElseThrow();
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{username}", target);
        MockHttpServletRequestBuilder request = parts[0].equals("POST")
                ? post(path).with(csrf()).param("roles", "ADMINISTRATOR").param("enabled", "false")
                : get(path);
        MockHttpServletResponse response = mvc.perform(request.with(as(Actors.person(role, UUID.randomUUID()))))
                .andReturn()
                .getResponse();
        UserAccountSummary after = accounts.find(target).orElseThrow();
        boolean changed = !after.roles().equals(before.roles()) || after.enabled() != before.enabled();
        if (expected.equals("D")) {
            if (response.getStatus() != 403) {
                return "status " + response.getStatus() + ", expected 403";
            }
            return changed ? "changed the account although refused" : null;
        }
        if (response.getStatus() >= 400) {
            return "status " + response.getStatus() + ", expected access";
        }
        if (endpoint.endsWith("/roles") && !after.roles().equals(Set.of(Role.ADMINISTRATOR))) {
            return "did not change the roles";
        }
        if (endpoint.endsWith("/enabled") && after.enabled()) {
            return "did not disable the account";
        }
        return null;
    }

    private String anAccount() {
        String username = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        currentUsers.actingAs(
                SETUP,
                () -> accounts.open(new NewUserAccount(
                        username,
                        "Matrix person",
                        "correct-horse-battery",
                        UUID.randomUUID(),
                        null,
                        Set.of(Role.SPOC_WORKER))));
        return username;
    }

    private static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                AccountAdministrationMatrixIntegrationTest.class.getResourceAsStream(
                        "/security/account-admin-matrix.csv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        }
        return rows;
    }
}
