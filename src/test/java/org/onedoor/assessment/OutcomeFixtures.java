package org.onedoor.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.stereotype.Component;

/** Outcome records in domain words: a worker, their client, a PHQ-9 adding up to a total. */
@Component
public class OutcomeFixtures {

    private static final CurrentUser ADMIN =
            new CurrentUser(UUID.randomUUID(), "outcome-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    private final Directory directory;
    private final ClientRegistry registry;
    private final CurrentUsers currentUsers;

    OutcomeFixtures(Directory directory, ClientRegistry registry, CurrentUsers currentUsers) {
        this.directory = directory;
        this.registry = registry;
        this.currentUsers = currentUsers;
    }

    /** A recovery worker at a new provider. */
    public CurrentUser worker() {
        UUID organisation = currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.LEAD_PROVIDER)
                        .named("Outcomes " + UUID.randomUUID().toString().substring(0, 6))
                        .build()));
        return new CurrentUser(
                UUID.randomUUID(),
                "outcome-" + UUID.randomUUID().toString().substring(0, 8),
                "Outcome Worker",
                organisation,
                Set.of(Role.RECOVERY_WORKER));
    }

    /** A client the worker registered, so their organisation is in the care team. */
    public UUID client(CurrentUser worker, String familyName) {
        return currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named("Robin", familyName, LocalDate.of(1982, 2, 11), Sex.FEMALE)));
    }

    /** PHQ-9 answers adding up to {@code total}, item 9 as given. */
    public static Map<String, String> phq9(int total, int item9) {
        Map<String, String> answers = new HashMap<>();
        int left = total - item9;
        for (int item = 1; item <= 8; item++) {
            int value = Math.min(3, left);
            answers.put("item" + item, String.valueOf(value));
            left -= value;
        }
        answers.put("item9", String.valueOf(item9));
        return answers;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replaceAll("[0-9-]", "x").substring(0, 6);
    }
}
