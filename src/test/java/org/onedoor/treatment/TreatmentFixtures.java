package org.onedoor.treatment;

import java.time.LocalDate;
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
import org.onedoor.testsupport.NewEpisodeBuilder;
import org.onedoor.testsupport.OrganisationBuilder;
import org.onedoor.testsupport.StaffAccounts;
import org.springframework.stereotype.Component;

/** Providers, workers, clients and episodes for treatment tests, made through the modules' own APIs. */
@Component
class TreatmentFixtures {

    /** Why a fixture episode dated further back than the limit is recorded late. */
    static final String LATE = "Recorded from paper notes after the clinic";

    private static final CurrentUser ADMIN = new CurrentUser(
            UUID.randomUUID(), "treatment-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    private final StaffAccounts staff;
    private final Directory directory;
    private final ClientRegistry registry;
    private final EpisodeManagement episodes;
    private final CurrentUsers currentUsers;

    TreatmentFixtures(
            StaffAccounts staff,
            Directory directory,
            ClientRegistry registry,
            EpisodeManagement episodes,
            CurrentUsers currentUsers) {
        this.staff = staff;
        this.directory = directory;
        this.registry = registry;
        this.episodes = episodes;
        this.currentUsers = currentUsers;
    }

    UUID organisation(OrganisationType type) {
        String ods = type.isPractice() ? "T" + String.format("%05d", new java.util.Random().nextInt(100000)) : null;
        return currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .ods(ods)
                        .listSize(type.isPractice() ? 4000 : null)
                        .build()));
    }

    static CurrentUser worker(UUID organisation) {
        return new CurrentUser(
                UUID.randomUUID(),
                "worker-" + UUID.randomUUID().toString().substring(0, 8),
                "Test Worker",
                organisation,
                Set.of(Role.RECOVERY_WORKER));
    }

    /** A client registered by the worker, so the worker's organisation is responsible for them. */
    UUID client(CurrentUser worker) {
        return currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named(
                        "Alex",
                        "Journey"
                                + UUID.randomUUID()
                                        .toString()
                                        .replaceAll("[0-9-]", "x")
                                        .substring(0, 6),
                        LocalDate.of(1979, 6, 14),
                        Sex.MALE)));
    }

    UUID episode(CurrentUser worker, UUID client, LocalDate referred, LocalDate triaged) {
        staff.enrol(worker);
        return currentUsers.actingAs(
                worker,
                () -> episodes.open(NewEpisodeBuilder.anEpisodeFor(client)
                        .referredOn(referred)
                        .triagedOn(triaged)
                        .keyworker(worker.username(), worker.displayName())
                        .lateReason(LATE)
                        .build()));
    }
}
