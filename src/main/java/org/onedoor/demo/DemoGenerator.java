package org.onedoor.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PartnershipSummary;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the demo partnership on the first start (all or nothing, in one transaction) and prints the demo sign-ins
 * on every start. The partnership's description is written last and marks a finished generation.
 */
@Component
@ConditionalOnProperty(name = "onedoor.demo.enabled", havingValue = "true")
class DemoGenerator implements ApplicationRunner {

    static final PartnershipSummary PARTNERSHIP =
            new PartnershipSummary("Northvale Drug and Alcohol Partnership", "E06000999");
    private static final Logger log = LoggerFactory.getLogger(DemoGenerator.class);
    private static final CurrentUser GENERATOR = new CurrentUser(
            new UUID(0, 1), "demo-generator", "Demo generator", new UUID(0, 1), Set.of(Role.ADMINISTRATOR));

    private final List<DemoStep> steps;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transaction;
    private final DemoSettings settings;
    private final Clock clock;
    private final Environment environment;

    DemoGenerator(
            List<DemoStep> steps,
            Directory directory,
            CurrentUsers currentUsers,
            TransactionTemplate transaction,
            DemoSettings settings,
            Clock clock,
            Environment environment) {
        this.steps =
                steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (directory.partnership().isEmpty()) {
            long started = System.nanoTime();
            currentUsers.actingAs(GENERATOR, () -> transaction.execute(status -> generate()));
            log.info("Demo partnership generated in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        printSignIns();
    }

    private Void generate() {
        DemoContext context = new DemoContext(settings, LocalDate.now(clock));
        System.out.println("Generating the demo partnership (seed " + settings.seed() + ")");
        for (DemoStep step : steps) {
            Progress progress = new Progress(System.out, step.name(), step.size(settings));
            step.run(context, progress);
            progress.finish();
        }
        directory.describePartnership(PARTNERSHIP);
        return null;
    }

    private void printSignIns() {
        StringBuilder table = new StringBuilder("\n\n  OneDoor demo is ready at http://localhost:")
                .append(environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")))
                .append("\n")
                .append("  Every demo sign-in uses the password: ")
                .append(settings.password())
                .append("\n\n");
        for (DemoAccount account : DemoAccount.PRINTED) {
            table.append(String.format(
                    "    %-14s %s%s%n",
                    account.username(),
                    account.role().label(),
                    account.organisationType() == OrganisationType.PARTNER_PROVIDER ? " at a partner provider" : ""));
        }
        log.info(table.toString());
    }
}
