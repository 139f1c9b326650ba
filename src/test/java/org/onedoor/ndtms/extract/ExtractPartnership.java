package org.onedoor.ndtms.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ConsentDecision;
import org.onedoor.client.ConsentMethod;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.ConsentRecord;
import org.onedoor.client.ImportedClient;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.OrganisationBuilder;
import org.onedoor.treatment.ImportedEpisode;
import org.onedoor.treatment.ImportedTreatment;
import org.onedoor.treatment.TreatmentImport;

/**
 * A small hand-built partnership for the extract's golden files: a lead provider and a partner provider with random
 * ODS codes (the tests share one database), a GP practice, and clients loaded through the client and treatment
 * modules' bulk imports with their histories already dated.
 */
final class ExtractPartnership {

    final CurrentUser admin =
            new CurrentUser(UUID.randomUUID(), "extract-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));
    final String leadCode = code("N");
    final String partnerCode = code("P");
    final String practiceCode = "Y" + String.format("%05d", new Random().nextInt(100000));
    final UUID lead;
    final UUID partner;
    final UUID practice;
    final CurrentUser dataOfficer;
    private final ClientImport clients;
    private final TreatmentImport treatment;
    private final CurrentUsers currentUsers;

    ExtractPartnership(Directory directory, ClientImport clients, TreatmentImport treatment, CurrentUsers users) {
        this.clients = clients;
        this.treatment = treatment;
        this.currentUsers = users;
        this.lead = organisation(directory, OrganisationType.LEAD_PROVIDER, leadCode);
        this.partner = organisation(directory, OrganisationType.PARTNER_PROVIDER, partnerCode);
        this.practice = organisation(directory, OrganisationType.GP_PRACTICE, practiceCode);
        this.dataOfficer = new CurrentUser(UUID.randomUUID(), "extract-data", "Dana", lead, Set.of(Role.DATA_OFFICER));
    }

    /** A client with their identity and NDTMS consent decision (null: none recorded), registered at the practice. */
    UUID client(String given, String family, String born, Sex sex, @Nullable ConsentDecision consent) {
        NewClient identity = new NewClient(
                given,
                family,
                null,
                LocalDate.parse(born),
                sex,
                null,
                null,
                "A",
                "AB1 2CD",
                "3",
                null,
                ContactDetails.NONE,
                null,
                practice);
        List<ConsentRecord> consents = consent == null
                ? List.of()
                : List.of(new ConsentRecord(
                        ConsentPurpose.NDTMS,
                        consent,
                        LocalDate.of(2016, 4, 20),
                        ConsentMethod.VERBAL,
                        true,
                        null,
                        null,
                        null));
        return currentUsers
                .actingAs(
                        admin,
                        () -> clients.importClients(List.of(new ImportedClient(
                                identity, List.of(), consents, List.of(), null, List.of(), List.of()))))
                .get(0);
    }

    /** The client's episodes, in order. */
    List<UUID> treat(UUID client, ImportedEpisode... episodes) {
        return currentUsers
                .actingAs(
                        admin,
                        () -> treatment.importTreatment(List.of(new ImportedTreatment(client, List.of(episodes)))))
                .get(0);
    }

    /** An episode at the provider, referred, triaged and care-planned on the days given, with its interventions. */
    static ImportedEpisode episode(
            UUID provider,
            String referred,
            String triaged,
            @Nullable String carePlan,
            List<String> substances,
            @Nullable String discharged,
            @Nullable String reason,
            ImportedEpisode.Intervention... interventions) {
        return new ImportedEpisode(
                provider,
                null,
                LocalDate.parse(referred),
                LocalDate.parse(triaged),
                carePlan == null ? null : LocalDate.parse(carePlan),
                substances,
                null,
                null,
                discharged == null ? null : LocalDate.parse(discharged),
                reason,
                List.of(interventions));
    }

    static ImportedEpisode.Intervention intervention(
            String type,
            UUID deliveredBy,
            String referred,
            @Nullable String offered,
            @Nullable String started,
            @Nullable String ended,
            @Nullable String exit) {
        return new ImportedEpisode.Intervention(
                type,
                "COMMUNITY",
                deliveredBy,
                LocalDate.parse(referred),
                offered == null ? null : LocalDate.parse(offered),
                started == null ? null : LocalDate.parse(started),
                ended == null ? null : LocalDate.parse(ended),
                exit,
                List.of());
    }

    private UUID organisation(Directory directory, OrganisationType type, String ods) {
        return currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .ods(ods)
                        .listSize(type == OrganisationType.GP_PRACTICE ? 4000 : null)
                        .activeFrom(LocalDate.of(2015, 4, 1))
                        .build()));
    }

    private static String code(String prefix) {
        return prefix + String.format("%07d", new Random().nextInt(10_000_000));
    }
}
