package org.onedoor.treatment.careplan;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.onedoor.treatment.EpisodeManagement;
import org.onedoor.treatment.Interventions;
import org.onedoor.treatment.NewIntervention;
import org.springframework.stereotype.Component;

/** Providers, workers, clients, episodes and interventions for care-plan and appointment tests, through the APIs. */
@Component
public class CarePlanFixtures {

    /** Why a fixture episode dated further back than the limit is recorded late. */
    static final String LATE = "Recorded from paper notes after the clinic";

    private static final CurrentUser ADMIN = new CurrentUser(
            UUID.randomUUID(), "careplan-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    private final StaffAccounts staff;
    private final Directory directory;
    private final ClientRegistry registry;
    private final EpisodeManagement episodes;
    private final Interventions interventions;
    private final CurrentUsers currentUsers;

    CarePlanFixtures(
            StaffAccounts staff,
            Directory directory,
            ClientRegistry registry,
            EpisodeManagement episodes,
            Interventions interventions,
            CurrentUsers currentUsers) {
        this.staff = staff;
        this.directory = directory;
        this.registry = registry;
        this.episodes = episodes;
        this.interventions = interventions;
        this.currentUsers = currentUsers;
    }

    public UUID organisation(OrganisationType type) {
        String ods = type.isPractice() ? "P" + String.format("%05d", new java.util.Random().nextInt(100000)) : null;
        return currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .ods(ods)
                        .listSize(type.isPractice() ? 4000 : null)
                        .build()));
    }

    public static CurrentUser worker(UUID organisation) {
        return new CurrentUser(
                UUID.randomUUID(),
                "kw-" + UUID.randomUUID().toString().substring(0, 8),
                "Test Keyworker",
                organisation,
                Set.of(Role.RECOVERY_WORKER));
    }

    public UUID client(CurrentUser worker) {
        return as(
                worker,
                () -> registry.register(NewClient.named(
                        "Sam",
                        "Plan"
                                + UUID.randomUUID()
                                        .toString()
                                        .replaceAll("[0-9-]", "x")
                                        .substring(0, 6),
                        LocalDate.of(1984, 2, 3),
                        Sex.FEMALE)));
    }

    /** An open episode with the worker as keyworker, triaged on the day given, care plan not yet started. */
    public UUID episode(CurrentUser worker, UUID client, LocalDate triaged) {
        staff.enrol(worker);
        return as(
                worker,
                () -> episodes.open(NewEpisodeBuilder.anEpisodeFor(client)
                        .referredOn(triaged.minusDays(3))
                        .triagedOn(triaged)
                        .keyworker(worker.username(), worker.displayName())
                        .lateReason(LATE)
                        .build()));
    }

    public UUID intervention(CurrentUser worker, UUID episode, UUID provider, LocalDate referred) {
        return as(
                worker,
                () -> interventions.refer(
                        episode, new NewIntervention("PSYCHOSOCIAL", "COMMUNITY", provider, referred, null, null)));
    }

    public <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
