package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.NewEpisodeBuilder;
import org.onedoor.testsupport.OrganisationBuilder;
import org.onedoor.testsupport.StaffAccounts;
import org.onedoor.treatment.EpisodeId;
import org.onedoor.treatment.EpisodeManagement;
import org.springframework.stereotype.Component;

/** Providers, prescribers, clients and episodes for prescribing and family-support tests. */
@Component
public class PrescribingFixtures {

    /** Why a fixture episode dated further back than the limit is recorded late. */
    static final String LATE = "Recorded from paper notes after the clinic";

    private static final CurrentUser ADMIN = new CurrentUser(
            UUID.randomUUID(), "prescribing-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    private final StaffAccounts staff;
    private final Directory directory;
    private final ClientRegistry registry;
    private final EpisodeManagement episodes;
    private final CurrentUsers currentUsers;

    PrescribingFixtures(
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

    public UUID organisation(OrganisationType type) {
        String ods = type.isPractice() ? "P" + String.format("%05d", new java.util.Random().nextInt(100000)) : null;
        return currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .ods(ods)
                        .listSize(type.isPractice() ? 4000 : null)
                        .build()));
    }

    public static CurrentUser person(Role role, UUID organisation) {
        return new CurrentUser(
                UUID.randomUUID(),
                "p-" + UUID.randomUUID().toString().substring(0, 8),
                "Test Prescriber",
                organisation,
                Set.of(role));
    }

    /** A client registered by the person, so their organisation is responsible for them. */
    public UUID client(CurrentUser worker) {
        return currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named(
                        "Robin",
                        "Script"
                                + UUID.randomUUID()
                                        .toString()
                                        .replaceAll("[0-9-]", "x")
                                        .substring(0, 6),
                        LocalDate.of(1981, 2, 3),
                        Sex.FEMALE)));
    }

    public UUID episode(CurrentUser worker, UUID client, LocalDate triaged) {
        staff.enrol(worker);
        return currentUsers.actingAs(
                worker,
                () -> episodes.open(NewEpisodeBuilder.anEpisodeFor(client)
                        .on(triaged)
                        .substances("HEROIN")
                        .keyworker(worker.username(), worker.displayName())
                        .lateReason(LATE)
                        .build()));
    }

    static NewCourse methadone(
            UUID episode, BigDecimal dose, UUID prescriberOrganisation, PrescriberKind kind, LocalDate on) {
        return new NewCourse(
                new EpisodeId(episode),
                null,
                "METHADONE_ORAL",
                null,
                dose,
                Instalment.DAILY,
                true,
                6,
                "High Street Pharmacy",
                "FA123",
                null,
                kind,
                new OrganisationId(prescriberOrganisation),
                "Dr Patel",
                on,
                on.plusDays(28));
    }
}
