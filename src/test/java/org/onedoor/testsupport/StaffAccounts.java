package org.onedoor.testsupport;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.StaffDetails;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * Makes a test person a real member of staff: a staff member of their organisation in the partnership directory
 * (from 2020) with a OneDoor account of the same username, as a keyworker must be. Autowire it in integration tests.
 */
@Component
public class StaffAccounts {

    private static final CurrentUser ADMIN = new CurrentUser(
            UUID.randomUUID(),
            "staff-fixture-admin",
            "Staff fixture admin",
            UUID.randomUUID(),
            Set.of(Role.ADMINISTRATOR));

    private final Directory directory;
    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;

    StaffAccounts(Directory directory, UserAccounts accounts, CurrentUsers currentUsers) {
        this.directory = directory;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
    }

    /** The person, now a current staff member of their organisation with an account (once per username). */
    public CurrentUser enrol(CurrentUser person) {
        currentUsers.actingAs(ADMIN, () -> {
            if (!accounts.exists(person.username())) {
                String[] names = person.displayName().split(" ", 2);
                UUID staff = directory.registerStaff(new StaffDetails(
                        names[0],
                        names.length > 1 ? names[1] : names[0],
                        "Keyworker",
                        person.organisationId(),
                        null,
                        null,
                        null,
                        LocalDate.of(2020, 1, 1),
                        null));
                accounts.open(new NewUserAccount(
                        person.username(),
                        person.displayName(),
                        "correct-horse-battery-staple",
                        person.organisationId(),
                        staff,
                        person.roles()));
            }
            return null;
        });
        return person;
    }
}
