package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Organisations, people, clients, record views and break-glass openings for client-record tests, made through the
 * modules' own APIs; every call makes fresh, uniquely named data. Autowire it in an integration test.
 */
@Component
class ClientFixtures {

    private static final CurrentUser ADMIN = new CurrentUser(
            UUID.randomUUID(), "fixture-admin", "Fixture admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    private final Directory directory;
    private final ClientRegistry registry;
    private final ClientRecords records;
    private final BreakGlass breakGlass;
    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final Clock clock;

    ClientFixtures(
            Directory directory,
            ClientRegistry registry,
            ClientRecords records,
            BreakGlass breakGlass,
            CurrentUsers currentUsers,
            JdbcClient jdbc,
            Clock clock) {
        this.directory = directory;
        this.registry = registry;
        this.records = records;
        this.breakGlass = breakGlass;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An organisation of the partnership of the given kind (a GP practice gets an ODS code and a list size). */
    UUID organisation(OrganisationType type) {
        String ods = type.isPractice()
                ? "Y" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000))
                : type.isProvider()
                        ? "Q"
                                + String.format(
                                        "%07d", ThreadLocalRandom.current().nextInt(10_000_000))
                        : null;
        return currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .ods(ods)
                        .listSize(type.isPractice() ? 5000 : null)
                        .build()));
    }

    /** A lead provider whose name starts with the given words. */
    UUID organisation(String name) {
        String ods = "R" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.LEAD_PROVIDER)
                        .named(name + " " + ods)
                        .ods(ods)
                        .activeFrom(LocalDate.of(2025, 4, 1))
                        .build()));
    }

    static CurrentUser person(Role role, UUID organisation) {
        String name =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new CurrentUser(UUID.randomUUID(), name, "Test " + role.label(), organisation, Set.of(role));
    }

    /** A client registered by the given person, whose organisation becomes responsible for treatment. */
    UUID client(CurrentUser by, String familyName) {
        return client(by, NewClient.named("Sam", familyName, LocalDate.of(1985, 3, 27), Sex.FEMALE));
    }

    /** A client registered by the given worker, with the date of birth and NHS number searches find them by. */
    UUID client(CurrentUser worker, String family, LocalDate born, String nhsNumber) {
        return client(worker, NewClient.named("Robin", family, born, Sex.MALE).withNhsNumber(nhsNumber));
    }

    UUID client(CurrentUser by, NewClient details) {
        return currentUsers.actingAs(by, () -> registry.register(details));
    }

    /** A client registered by the worker, who becomes its named worker. */
    UUID clientOf(CurrentUser worker) {
        String family = "Review-" + UUID.randomUUID().toString().substring(0, 8);
        return client(worker, NewClient.named("Robin", family, LocalDate.of(1984, 6, 9), Sex.FEMALE));
    }

    /** A fresh lead provider's client, with a partner provider, a GP practice and an organisation elsewhere. */
    ChangeFormFixtures aClientOfALeadProvider() {
        return new ChangeFormFixtures(directory, registry, currentUsers, jdbc);
    }

    /** Partner providers, clients with contact details and row counts, for the merge and subject-access tests. */
    MergeAndExportFixtures forMergesAndExports() {
        return new MergeAndExportFixtures(directory, registry, currentUsers, jdbc, clock);
    }

    /** The person opens the client's record (one audited view). */
    void view(CurrentUser user, UUID clientId) {
        currentUsers.actingAs(user, () -> records.open(clientId));
    }

    /** Opens the record by break-glass and returns the opening's id. */
    UUID breakGlass(CurrentUser user, UUID clientId, String reason) {
        currentUsers.actingAs(user, () -> breakGlass.open(clientId, reason));
        return jdbc.sql("select id from client_break_glass where client_id = ? and username = ?")
                .param(clientId)
                .param(user.username())
                .query(UUID.class)
                .single();
    }

    String reference(UUID clientId) {
        return jdbc.sql("select reference from client where id = ?")
                .param(clientId)
                .query(String.class)
                .single();
    }

    long auditRows(String username, String action, UUID clientId) {
        return jdbc.sql("""
                select count(*) from audit_access_log where username = ? and action = ? and subject_id = ?
                """)
                .param(username)
                .param(action)
                .param(clientId)
                .query(Long.class)
                .single();
    }

    static String uniqueName() {
        StringBuilder letters = new StringBuilder("Fixture");
        for (char hex :
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            letters.append((char) ('a' + Character.digit(hex, 16)));
        }
        return letters.toString();
    }

    /** A family name no other test uses: letters only, as names are searched. */
    static String family(String start) {
        StringBuilder text = new StringBuilder(start);
        for (int i = 0; i < 7; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }

    /** A valid NHS number (modulus 11 check digit), outside the 999 test range. */
    static String nhsNumber() {
        while (true) {
            int[] digits = new int[10];
            digits[0] = 4 + ThreadLocalRandom.current().nextInt(4);
            int sum = digits[0] * 10;
            for (int i = 1; i < 9; i++) {
                digits[i] = ThreadLocalRandom.current().nextInt(10);
                sum += digits[i] * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check != 10) {
                StringBuilder number = new StringBuilder();
                for (int i = 0; i < 9; i++) {
                    number.append(digits[i]);
                }
                return number.append(check == 11 ? 0 : check).toString();
            }
        }
    }
}
