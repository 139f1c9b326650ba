package org.onedoor.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first production start (no accounts yet): describes the partnership, registers the lead provider and opens
 * the initial administrator's account from the environment. Later starts leave everything as it is.
 */
@Component
@Profile("prod")
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final CurrentUser BOOTSTRAP =
            new CurrentUser(new UUID(0, 2), "bootstrap", "First start", new UUID(0, 2), Set.of(Role.ADMINISTRATOR));

    private final BootstrapSettings settings;
    private final Directory directory;
    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InitialAdministrator(
            BootstrapSettings settings,
            Directory directory,
            UserAccounts accounts,
            CurrentUsers currentUsers,
            TransactionTemplate transaction,
            Clock clock) {
        this.settings = settings;
        this.directory = directory;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (accounts.count() > 0) {
            return;
        }
        currentUsers.actingAs(
                BOOTSTRAP,
                () -> transaction.execute(status -> {
                    directory.describePartnership(
                            new PartnershipSummary(settings.partnershipName(), settings.localAuthorityCode()));
                    UUID leadProvider = directory.registerOrganisation(new OrganisationDetails(
                            OrganisationType.LEAD_PROVIDER,
                            settings.leadProviderName(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            LocalDate.now(clock),
                            null));
                    return accounts.open(new NewUserAccount(
                            settings.adminUsername(),
                            "Administrator",
                            settings.adminPassword(),
                            leadProvider,
                            null,
                            Set.of(Role.ADMINISTRATOR)));
                }));
        log.info("First start: partnership described and administrator account {} opened", settings.adminUsername());
    }
}
