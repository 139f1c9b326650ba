package org.onedoor.monitoring.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
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
import org.onedoor.testsupport.OrganisationBuilder;
import org.onedoor.treatment.ImportedEpisode;
import org.onedoor.treatment.ImportedTreatment;
import org.onedoor.treatment.TreatmentImport;

/**
 * People in treatment for dashboard tests, through treatment's bulk import: a new lead provider, GP practices under
 * it, and adults with dates of birth nobody else is likely to have, each with one open episode at the provider whose
 * intervention a practice delivers.
 */
final class TreatedPeople {

    private static final Random RANDOM = new Random();

    private final CurrentUser admin = new CurrentUser(
            UUID.randomUUID(), "dashboard-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));
    private final Directory directory;
    private final ClientRegistry registry;
    private final TreatmentImport treatment;
    private final CurrentUsers currentUsers;
    final UUID provider;
    private final CurrentUser worker;

    TreatedPeople(Directory directory, ClientRegistry registry, TreatmentImport treatment, CurrentUsers currentUsers) {
        this.directory = directory;
        this.registry = registry;
        this.treatment = treatment;
        this.currentUsers = currentUsers;
        this.provider = organisation(OrganisationType.LEAD_PROVIDER, "Dashboard Provider");
        this.worker = new CurrentUser(
                UUID.randomUUID(), "dashboard-worker", "Worker", provider, Set.of(Role.RECOVERY_WORKER));
    }

    UUID organisation(OrganisationType type, String name) {
        String ods = type.isPractice() ? "D" + String.format("%05d", RANDOM.nextInt(100000)) : null;
        return currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .named(name + " " + UUID.randomUUID().toString().substring(0, 6))
                        .ods(ods)
                        .listSize(type.isPractice() ? 5000 : null)
                        .activeFrom(LocalDate.of(2010, 4, 1))
                        .build()));
    }

    /** {@code count} adults in treatment for {@code substance} from {@code started}, delivered by the practice. */
    void inTreatment(UUID practice, int count, String substance, LocalDate started) {
        for (int n = 0; n < count; n++) {
            LocalDate born = LocalDate.of(1940, 1, 1).plusDays(RANDOM.nextInt(20000));
            UUID client = currentUsers.actingAs(
                    worker,
                    () -> registry.register(NewClient.named(
                            "Dana", "Dash" + UUID.randomUUID().toString().substring(0, 6), born, Sex.FEMALE)));
            currentUsers.actingAs(
                    admin,
                    () -> treatment.importTreatment(List.of(new ImportedTreatment(
                            client,
                            List.of(new ImportedEpisode(
                                    provider,
                                    null,
                                    started,
                                    started,
                                    started,
                                    List.of(substance),
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of(new ImportedEpisode.Intervention(
                                            "PSYCHOSOCIAL",
                                            "COMMUNITY",
                                            practice,
                                            started,
                                            started,
                                            started,
                                            null,
                                            null,
                                            List.of()))))))));
        }
    }
}
