package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page that asks for an action, or confirms one, answers 403 to every role that could not carry the action out:
 * every such page, every role.
 */
@IntegrationTest
class ActionPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyActionPageRefusesTheRolesThatCannotTakeTheAction() throws Exception {
        List<String> shown = new ArrayList<>();
        for (ActionPages.Rule rule : ActionPages.RULES) {
            for (String pattern : rule.paths()) {
                String path = concrete(pattern);
                for (Role role : Role.values()) {
                    if (role.privileges().stream().noneMatch(rule.anyOf()::contains)) {
                        int status = mvc.perform(get(path).with(as(Actors.person(role, UUID.randomUUID()))))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                        if (status != 403) {
                            shown.add("GET " + path + " · " + role + ": " + status);
                        }
                    }
                }
            }
        }
        assertThat(shown).isEmpty();
    }

    @Test
    void newGroupProgrammesArePlannedOnlyByRolesThatRecordTreatment() throws Exception {
        for (Role role :
                Set.of(Role.COMMISSIONER, Role.DATA_OFFICER, Role.IG_LEAD, Role.ADMINISTRATOR, Role.SPOC_WORKER)) {
            assertThat(status("/groups/new", role)).as(role.name()).isEqualTo(403);
        }
        assertThat(status("/groups/new", Role.RECOVERY_WORKER)).isEqualTo(200);
    }

    @Test
    void theRolesThatMayActStillSeeTheForms() throws Exception {
        assertThat(status("/clients/new", Role.SPOC_WORKER)).isEqualTo(200);
        assertThat(status("/family-support/new", Role.RECOVERY_WORKER)).isEqualTo(200);
        assertThat(status("/contracts/new", Role.COMMISSIONER)).isEqualTo(200);
        assertThat(status("/directory/organisations/new", Role.ADMINISTRATOR)).isEqualTo(200);
    }

    private int status(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(as(Actors.person(role, UUID.randomUUID()))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static String concrete(String pattern) {
        StringBuilder path = new StringBuilder();
        String[] segments = pattern.split("/");
        for (int i = 1; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            path.append('/')
                    .append(
                            segments[i].equals("*")
                                    ? (last ? "change" : UUID.randomUUID().toString())
                                    : segments[i]);
        }
        return path.toString();
    }
}
