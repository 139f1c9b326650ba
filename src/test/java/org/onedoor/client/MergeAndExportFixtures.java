package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.onedoor.client.merge.MergeStore;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organisations, clients and row counts for the merge and subject-access tests; each call makes fresh data. Made by
 * {@link ClientFixtures#forMergesAndExports()}.
 */
final class MergeAndExportFixtures {

    private final Directory directory;
    private final ClientRegistry registry;
    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final Clock clock;

    MergeAndExportFixtures(
            Directory directory, ClientRegistry registry, CurrentUsers currentUsers, JdbcClient jdbc, Clock clock) {
        this.directory = directory;
        this.registry = registry;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID organisation(String name) {
        CurrentUser admin = Actors.person(Role.ADMINISTRATOR, UUID.randomUUID());
        return as(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.PARTNER_PROVIDER)
                        .named(name + " " + UUID.randomUUID().toString().substring(0, 6))
                        .activeFrom(LocalDate.of(2026, 1, 1))
                        .build()));
    }

    /** A client registered by the person (their organisation joins the care team). */
    UUID client(CurrentUser by, String givenName) {
        String family = "Merge-" + UUID.randomUUID().toString().substring(0, 8);
        return as(
                by,
                () -> registry.register(NewClient.named(givenName, family, LocalDate.of(1984, 6, 12), Sex.MALE)
                        .withContact("NV1 4AP", new ContactDetails("01632 960456", null, true, false, true))));
    }

    String reference(UUID clientId) {
        return jdbc.sql("select reference from client where id = ?")
                .param(clientId)
                .query(String.class)
                .single();
    }

    String name(UUID clientId) {
        return jdbc.sql("select legal_given_name || ' ' || legal_family_name from client where id = ?")
                .param(clientId)
                .query(String.class)
                .single();
    }

    /** The rows each moved table holds for the client. */
    Map<String, Integer> counts(UUID clientId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : MergeStore.MOVED) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table + " where client_id = ?")
                            .param(clientId)
                            .query(Integer.class)
                            .single());
        }
        return counts;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }

    void run(CurrentUser user, Runnable work) {
        currentUsers.actingAs(user, () -> {
            work.run();
            return null;
        });
    }
}
