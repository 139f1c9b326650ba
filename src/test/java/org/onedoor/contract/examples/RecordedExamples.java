package org.onedoor.contract.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ImportedClient;
import org.onedoor.client.NewClient;
import org.onedoor.contract.examples.ExampleActivity.Client;
import org.onedoor.contract.examples.ExampleActivity.Episode;
import org.onedoor.contract.examples.ExampleActivity.Practice;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.OdsCode;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.OrganisationBuilder;
import org.onedoor.treatment.ImportedEpisode;
import org.onedoor.treatment.ImportedTreatment;
import org.onedoor.treatment.TreatmentImport;

/**
 * Records the worked examples' activity in OneDoor: a new lead provider and one new GP practice per
 * {@link Practice}, every client in one bulk client import and every episode in one bulk treatment import (alcohol
 * episodes, psychosocial interventions in primary care delivered at the practice).
 */
final class RecordedExamples {

    private final CurrentUser admin = new CurrentUser(
            UUID.randomUUID(), "examples-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));
    private final Directory directory;
    private final ClientImport clients;
    private final TreatmentImport treatment;
    private final CurrentUsers currentUsers;
    private final Random random = new Random();

    RecordedExamples(Directory directory, ClientImport clients, TreatmentImport treatment, CurrentUsers currentUsers) {
        this.directory = directory;
        this.clients = clients;
        this.treatment = treatment;
        this.currentUsers = currentUsers;
    }

    /** Records every client of the activity; returns each practice's new ODS code. */
    Map<Practice, String> record(List<Client> activity) {
        return currentUsers.actingAs(admin, () -> {
            UUID lead = organisation(OrganisationType.LEAD_PROVIDER, null);
            Map<Practice, String> codes = new EnumMap<>(Practice.class);
            Map<Practice, UUID> practices = new EnumMap<>(Practice.class);
            for (Practice practice : Practice.values()) {
                String code = unusedPracticeCode();
                codes.put(practice, code);
                practices.put(practice, organisation(OrganisationType.GP_PRACTICE, code));
            }
            List<ImportedClient> people = new ArrayList<>();
            for (Client client : activity) {
                people.add(new ImportedClient(
                        NewClient.named(
                                "Pat",
                                "Example" + client.practice().ordinal() + "x" + client.number(),
                                LocalDate.of(1970, 1, 1).plusDays(client.number()),
                                Sex.FEMALE),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        List.of()));
            }
            List<UUID> ids = clients.importClients(people);
            List<ImportedTreatment> histories = new ArrayList<>();
            for (int c = 0; c < activity.size(); c++) {
                UUID practice = practices.get(activity.get(c).practice());
                histories.add(new ImportedTreatment(
                        ids.get(c),
                        activity.get(c).episodes().stream()
                                .map(episode -> episode(lead, practice, episode))
                                .toList()));
            }
            treatment.importTreatment(histories);
            return codes;
        });
    }

    private static ImportedEpisode episode(UUID lead, UUID practice, Episode episode) {
        return new ImportedEpisode(
                lead,
                null,
                episode.triaged(),
                episode.triaged(),
                episode.triaged(),
                List.of("ALCOHOL"),
                null,
                null,
                episode.discharged(),
                episode.reason(),
                episode.interventions().stream()
                        .map(i -> new ImportedEpisode.Intervention(
                                "PSYCHOSOCIAL",
                                "PRIMARY_CARE",
                                practice,
                                episode.triaged(),
                                null,
                                i.started(),
                                i.ended(),
                                i.ended() == null ? null : "A",
                                List.of()))
                        .toList());
    }

    private String unusedPracticeCode() {
        String code;
        do {
            code = "Y" + String.format("%05d", random.nextInt(100000));
        } while (directory.practice(new OdsCode(code)).isPresent());
        return code;
    }

    private UUID organisation(OrganisationType type, @Nullable String ods) {
        return directory.registerOrganisation(OrganisationBuilder.a(type)
                .named(type.label() + " examples "
                        + UUID.randomUUID().toString().substring(0, 6))
                .ods(ods)
                .listSize(ods == null ? null : 4000)
                .activeFrom(LocalDate.of(2015, 4, 1))
                .build());
    }
}
