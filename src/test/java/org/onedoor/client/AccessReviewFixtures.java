package org.onedoor.client;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationDetails;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;

import static org.onedoor.testsupport.Actors.person;

/** Organisations, clients, views and break-glass openings for the IG lead's review tests, each uniquely named. */
final class AccessReviewFixtures {

    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final ClientRegistry registry;
    private final ClientRecords records;
    private final BreakGlass breakGlass;
    private final JdbcClient jdbc;

    AccessReviewFixtures(Directory directory, CurrentUsers currentUsers, ClientRegistry registry,
                         ClientRecords records, BreakGlass breakGlass, JdbcClient jdbc) {
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.registry = registry;
        this.records = records;
        this.breakGlass = breakGlass;
        this.jdbc = jdbc;
    }

    UUID organisation(String name) {
        CurrentUser admin = person(Role.ADMINISTRATOR, UUID.randomUUID());
        String ods = "R" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
        return currentUsers.actingAs(admin, () -> directory.registerOrganisation(new OrganisationDetails(
                OrganisationType.LEAD_PROVIDER, name + " " + ods, ods, null, null, null, null, null, null, null,
                null, LocalDate.of(2025, 4, 1), null)));
    }

    /** A client registered by the worker, who becomes its named worker. */
    UUID clientOf(CurrentUser worker) {
        String family = "Review-" + UUID.randomUUID().toString().substring(0, 8);
        return currentUsers.actingAs(worker, () -> registry.register(
                NewClient.named("Robin", family, LocalDate.of(1984, 6, 9), Sex.FEMALE)));
    }

    void view(CurrentUser user, UUID clientId) {
        currentUsers.actingAs(user, () -> records.open(clientId));
    }

    /** Opens the record by break-glass and returns the opening's id. */
    UUID breakGlass(CurrentUser user, UUID clientId, String reason) {
        currentUsers.actingAs(user, () -> breakGlass.open(clientId, reason));
        return jdbc.sql("select id from client_break_glass where client_id = ? and username = ?")
                .param(clientId).param(user.username()).query(UUID.class).single();
    }

    String reference(UUID clientId) {
        return jdbc.sql("select reference from client where id = ?").param(clientId).query(String.class).single();
    }
}
