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

/** Organisations, people and clients for the client screen tests, all made through the module APIs. */
class ClientScreenFixtures {

    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final ClientRegistry registry;
    private final JdbcClient jdbc;

    ClientScreenFixtures(Directory directory, CurrentUsers currentUsers, ClientRegistry registry, JdbcClient jdbc) {
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    UUID organisation(OrganisationType type) {
        CurrentUser admin = person(Role.ADMINISTRATOR, UUID.randomUUID());
        String ods = type.isPractice() ? "Y" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000))
                : null;
        return currentUsers.actingAs(admin, () -> directory.registerOrganisation(new OrganisationDetails(type,
                "Screens " + type.label() + " " + letters(5), ods, type.isPractice() ? 4000 : null, null, null, null,
                null, null, null, null, LocalDate.of(2025, 4, 1), null)));
    }

    /** A client registered by the given worker, so the worker's organisation is responsible for treatment. */
    UUID client(CurrentUser worker, String family, LocalDate born, String nhsNumber) {
        return currentUsers.actingAs(worker, () -> registry.register(NewClient.named("Robin", family, born, Sex.MALE)
                .withNhsNumber(nhsNumber)));
    }

    String reference(UUID clientId) {
        return jdbc.sql("select reference from client where id = ?").param(clientId).query(String.class).single();
    }

    long auditRows(String username, String action, UUID clientId) {
        return jdbc.sql("""
                select count(*) from audit_access_log where username = ? and action = ? and subject_id = ?
                """).param(username).param(action).param(clientId).query(Long.class).single();
    }

    /** A family name no other test uses: letters only, as names are searched. */
    static String family(String start) {
        return start + letters(7);
    }

    static String letters(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
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
            if (check == 10) {
                continue;
            }
            digits[9] = check == 11 ? 0 : check;
            StringBuilder number = new StringBuilder();
            for (int digit : digits) {
                number.append(digit);
            }
            return number.toString();
        }
    }
}
