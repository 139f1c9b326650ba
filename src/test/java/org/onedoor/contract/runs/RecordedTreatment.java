package org.onedoor.contract.runs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * Treatment recorded in OneDoor for one new GP practice of a new lead provider, through the treatment module's bulk
 * import: each client one alcohol episode with one primary-care intervention at the practice.
 */
public final class RecordedTreatment {

    private final CurrentUser admin =
            new CurrentUser(UUID.randomUUID(), "runs-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));
    private final ClientRegistry registry;
    private final TreatmentImport treatment;
    private final CurrentUsers currentUsers;
    public final String practiceCode = "Y" + String.format("%05d", new Random().nextInt(100000));
    public final UUID lead;
    public final UUID practice;
    private final Map<UUID, UUID> episodes = new HashMap<>();
    private final CurrentUser worker;

    public RecordedTreatment(
            Directory directory, ClientRegistry registry, TreatmentImport treatment, CurrentUsers currentUsers) {
        this.registry = registry;
        this.treatment = treatment;
        this.currentUsers = currentUsers;
        this.lead = organisation(directory, OrganisationType.LEAD_PROVIDER, null);
        this.practice = organisation(directory, OrganisationType.GP_PRACTICE, practiceCode);
        this.worker = new CurrentUser(UUID.randomUUID(), "runs-worker", "Worker", lead, Set.of(Role.RECOVERY_WORKER));
    }

    /** Registers a client treated at the practice from {@code started}, discharged (with a reason) or still open. */
    public UUID client(String started, @Nullable String discharged, @Nullable String reason) {
        UUID client = currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named(
                        "Pat",
                        "Runs" + UUID.randomUUID().toString().substring(0, 6),
                        LocalDate.of(1980, 1, 2),
                        Sex.FEMALE)));
        return episode(client, started, discharged, reason);
    }

    /** Another episode of a client already registered (a return after a discharge, say), as {@link #client}. */
    public UUID episode(UUID client, String started, @Nullable String discharged, @Nullable String reason) {
        LocalDate start = LocalDate.parse(started);
        LocalDate end = discharged == null ? null : LocalDate.parse(discharged);
        List<List<UUID>> ids = currentUsers.actingAs(
                admin,
                () -> treatment.importTreatment(List.of(new ImportedTreatment(
                        client,
                        List.of(new ImportedEpisode(
                                lead,
                                null,
                                start,
                                start,
                                start,
                                List.of("ALCOHOL"),
                                null,
                                null,
                                end,
                                reason,
                                List.of(new ImportedEpisode.Intervention(
                                        "PSYCHOSOCIAL",
                                        "PRIMARY_CARE",
                                        practice,
                                        start,
                                        null,
                                        start,
                                        end,
                                        end == null ? null : "A",
                                        List.of()))))))));
        episodes.put(client, ids.get(0).get(0));
        return client;
    }

    /** The id of the episode {@link #client} recorded for the client. */
    public UUID episode(UUID client) {
        return episodes.get(client);
    }

    /** An administrator, for the treatment module's bulk imports of appointments and group work. */
    public CurrentUser admin() {
        return admin;
    }

    private UUID organisation(Directory directory, OrganisationType type, @Nullable String ods) {
        return currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .ods(ods)
                        .listSize(ods == null ? null : 4000)
                        .activeFrom(LocalDate.of(2015, 4, 1))
                        .build()));
    }
}
