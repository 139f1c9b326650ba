package org.onedoor.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.OrganisationBuilder;
import org.onedoor.treatment.EpisodeId;
import org.onedoor.treatment.ImportedEpisode;
import org.onedoor.treatment.ImportedTreatment;
import org.onedoor.treatment.TreatmentImport;
import org.onedoor.treatment.prescribing.Instalment;
import org.onedoor.treatment.prescribing.PrescriberKind;
import org.onedoor.treatment.prescribing.PrescribingImport;

/**
 * Treatment journeys recorded in OneDoor for indicator tests, through the treatment module's bulk imports: two new
 * providers (A and B) and people with unique dates of birth, so their attributors match nobody else's in the database.
 * Each episode has one intervention started on its triage day and ended on its discharge day.
 */
final class Journeys {

    private static final Random RANDOM = new Random();

    private final CurrentUser admin = new CurrentUser(
            UUID.randomUUID(), "indicators-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));
    private final ClientRegistry registry;
    private final TreatmentImport treatment;
    private final PrescribingImport prescribing;
    private final CurrentUsers currentUsers;
    private final CurrentUser worker;
    final UUID providerA;
    final UUID providerB;
    private LocalDate nextBirthday = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(3000) * 3L);

    Journeys(
            Directory directory,
            ClientRegistry registry,
            TreatmentImport treatment,
            PrescribingImport prescribing,
            CurrentUsers currentUsers) {
        this.registry = registry;
        this.treatment = treatment;
        this.prescribing = prescribing;
        this.currentUsers = currentUsers;
        this.providerA = organisation(directory);
        this.providerB = organisation(directory);
        this.worker = new CurrentUser(
                UUID.randomUUID(), "indicators-worker", "Worker", providerA, Set.of(Role.RECOVERY_WORKER));
    }

    /** A new adult with a date of birth nobody else in the database has. */
    Person adult() {
        nextBirthday = nextBirthday.plusDays(1);
        return new Person(nextBirthday);
    }

    /** Someone born on that day; with a date of birth of another person, another client record with their attributor. */
    Person bornOn(LocalDate born) {
        return new Person(born);
    }

    final class Person {
        final LocalDate born;
        final String given = "Sam";
        final String family = "Tate" + UUID.randomUUID().toString().substring(0, 6);
        private final List<ImportedEpisode> episodes = new ArrayList<>();
        private final List<String> stopped = new ArrayList<>();
        private final List<@Nullable LocalDate> courses = new ArrayList<>();

        @Nullable
        UUID clientId;

        Person(LocalDate born) {
            this.born = born;
        }

        Person episode(
                UUID provider,
                List<String> substances,
                String triaged,
                @Nullable String discharged,
                @Nullable String reason) {
            LocalDate start = LocalDate.parse(triaged);
            LocalDate end = discharged == null ? null : LocalDate.parse(discharged);
            episodes.add(new ImportedEpisode(
                    provider,
                    null,
                    start,
                    start,
                    start,
                    substances,
                    null,
                    null,
                    end,
                    reason,
                    List.of(new ImportedEpisode.Intervention(
                            "PHARMACOLOGICAL",
                            "COMMUNITY",
                            provider,
                            start,
                            start,
                            start,
                            end,
                            end == null ? null : "A",
                            List.of()))));
            return this;
        }

        /** An episode referred, first offered an appointment and started on those days (NDTMS REFMODDT, FAOMODDT, MODST). */
        Person waited(
                UUID provider,
                List<String> substances,
                String referred,
                String offered,
                String started,
                @Nullable String discharged,
                @Nullable String reason) {
            LocalDate in = LocalDate.parse(referred);
            LocalDate end = discharged == null ? null : LocalDate.parse(discharged);
            episodes.add(new ImportedEpisode(
                    provider,
                    null,
                    in,
                    in,
                    in,
                    substances,
                    null,
                    null,
                    end,
                    reason,
                    List.of(new ImportedEpisode.Intervention(
                            "PSYCHOSOCIAL",
                            "COMMUNITY",
                            provider,
                            in,
                            LocalDate.parse(offered),
                            LocalDate.parse(started),
                            end,
                            end == null ? null : "A",
                            List.of()))));
            return this;
        }

        /** The last episode has a prescribing course from its start, stopped on {@code stoppedOn} or running on. */
        Person prescribed(@Nullable String stoppedOn) {
            while (courses.size() < episodes.size() - 1) {
                courses.add(null);
            }
            courses.add(stoppedOn == null ? LocalDate.MAX : LocalDate.parse(stoppedOn));
            return this;
        }

        /** Registers the person (under the given forename) and saves their episodes in order. */
        Person record() {
            return record(given);
        }

        Person record(String forename) {
            UUID client = currentUsers.actingAs(
                    worker, () -> registry.register(NewClient.named(forename, family, born, Sex.MALE)));
            clientId = client;
            List<UUID> ids = currentUsers
                    .actingAs(admin, () -> treatment.importTreatment(List.of(new ImportedTreatment(client, episodes))))
                    .get(0);
            List<PrescribingImport.ImportedCourse> imported = new ArrayList<>();
            for (int i = 0; i < courses.size(); i++) {
                if (courses.get(i) != null) {
                    imported.add(course(client, ids.get(i), episodes.get(i), courses.get(i)));
                }
            }
            if (!imported.isEmpty()) {
                currentUsers.actingAs(admin, () -> prescribing.importCourses(imported));
            }
            return this;
        }
    }

    private PrescribingImport.ImportedCourse course(UUID client, UUID episode, ImportedEpisode at, LocalDate stop) {
        List<PrescribingImport.ImportedChange> changes = new ArrayList<>();
        if (!stop.equals(LocalDate.MAX)) {
            changes.add(new PrescribingImport.ImportedChange("STOPPED", stop, null, null, null, null, "Ended"));
        }
        return new PrescribingImport.ImportedCourse(
                new ClientId(client),
                new EpisodeId(episode),
                "METHADONE_ORAL",
                PrescriberKind.SPECIALIST,
                new OrganisationId(at.providerId()),
                "Dr Priya Shah",
                "Boots, High Street",
                new PrescribingImport.ImportedChange(
                        "STARTED", at.triagedOn(), BigDecimal.valueOf(30), Instalment.DAILY, true, 7, null),
                changes,
                List.of());
    }

    private UUID organisation(Directory directory) {
        return currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.LEAD_PROVIDER)
                        .activeFrom(LocalDate.of(2010, 4, 1))
                        .build()));
    }
}
