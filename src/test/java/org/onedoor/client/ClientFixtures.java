package org.onedoor.client;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationDetails;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;

/** Organisations, people and clients for client-record tests, made through the modules' own APIs. */
@Component
class ClientFixtures {

    private static final CurrentUser ADMIN = new CurrentUser(UUID.randomUUID(), "fixture-admin", "Fixture admin",
            UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    private final Directory directory;
    private final ClientRegistry registry;
    private final CurrentUsers currentUsers;

    ClientFixtures(Directory directory, ClientRegistry registry, CurrentUsers currentUsers) {
        this.directory = directory;
        this.registry = registry;
        this.currentUsers = currentUsers;
    }

    UUID organisation(OrganisationType type) {
        String ods = type.isPractice() ? "Y" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000))
                : null;
        return currentUsers.actingAs(ADMIN, () -> directory.registerOrganisation(new OrganisationDetails(type,
                type.label() + " " + UUID.randomUUID().toString().substring(0, 6), ods, type.isPractice() ? 5000 : null,
                null, null, null, null, null, null, null, LocalDate.of(2024, 4, 1), null)));
    }

    static CurrentUser person(Role role, UUID organisation) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new CurrentUser(UUID.randomUUID(), name, "Test " + role.label(), organisation, Set.of(role));
    }

    /** A client registered by the given person, whose organisation becomes responsible for treatment. */
    UUID client(CurrentUser by, String familyName) {
        return currentUsers.actingAs(by, () -> registry.register(
                NewClient.named("Sam", familyName, LocalDate.of(1985, 3, 27), Sex.FEMALE)));
    }

    UUID client(CurrentUser by, NewClient details) {
        return currentUsers.actingAs(by, () -> registry.register(details));
    }

    static String uniqueName() {
        // letters only (names are searched); a UUID's a-f letters can be fewer than six, so top them up
        return "Fixture" + (UUID.randomUUID().toString() + UUID.randomUUID()).replaceAll("[^a-f]", "").substring(0, 6);
    }
}
