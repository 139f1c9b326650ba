package org.onedoor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.onedoor.client.ConsentDecision;
import org.onedoor.client.ConsentMethod;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.ConsentRecord;
import org.onedoor.client.ImportedClient;
import org.onedoor.client.NewClient;
import org.onedoor.client.ProblemSubstances;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.NhsNumber;
import org.onedoor.shared.Sex;

/**
 * The record of a client who came to treatment before the referral history: a made-up person registered with a
 * practice of the partnership, consent recorded at triage (direct care, NDTMS, GP sharing; some refused), the
 * problem substances. The care team and the timeline come with the episodes ({@code TreatmentImport}).
 */
final class DemoPeople {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("ALCOHOL", "Alcohol"),
            Map.entry("HEROIN", "Heroin"),
            Map.entry("METHADONE_ILLICIT", "Methadone (not prescribed)"),
            Map.entry("OTHER_OPIATES", "Other opiates"),
            Map.entry("CRACK", "Crack cocaine"),
            Map.entry("COCAINE", "Cocaine (powder)"),
            Map.entry("CANNABIS", "Cannabis"),
            Map.entry("BENZODIAZEPINES", "Benzodiazepines"),
            Map.entry("AMPHETAMINES", "Amphetamines"),
            Map.entry("KETAMINE", "Ketamine"));

    private final DemoContext context;
    private final Random random;
    private final List<DemoContext.DemoOrganisation> practices;

    DemoPeople(DemoContext context) {
        this.context = context;
        this.random = context.random;
        this.practices = context.all(OrganisationType.GP_PRACTICE);
    }

    ImportedClient client(List<String> substances, LocalDate triaged) {
        String given = DemoNames.pick(random, DemoNames.GIVEN);
        String family = DemoNames.pick(random, DemoNames.FAMILY);
        int roll = random.nextInt(100);
        Sex sex = roll < 67 ? Sex.MALE : roll < 99 ? Sex.FEMALE : Sex.NOT_STATED;
        LocalDate born = context.today.minusYears(19 + random.nextInt(47)).minusDays(random.nextInt(365));
        UUID practice = practices.get(random.nextInt(practices.size())).id();
        NewClient person = NewClient.named(given, family, born, sex)
                .withNhsNumber(chance(96) ? nhsNumber() : null)
                .withContact(
                        DemoNames.postcode(random),
                        new ContactDetails(
                                String.format("07700 900%03d", random.nextInt(1000)),
                                null,
                                chance(80),
                                chance(60),
                                chance(70)))
                .withPractice(practice);
        ConsentMethod method = chance(60) ? ConsentMethod.VERBAL : ConsentMethod.WRITTEN;
        List<ConsentRecord> consents = new ArrayList<>();
        consents.add(consent(ConsentPurpose.DIRECT_CARE, chance(94), triaged, method));
        consents.add(consent(ConsentPurpose.NDTMS, chance(92), triaged, method));
        consents.add(consent(ConsentPurpose.GP_SHARING, chance(80), triaged, method));
        List<ProblemSubstances.Substance> problems = substances.stream()
                .map(code -> new ProblemSubstances.Substance(code, LABELS.getOrDefault(code, code)))
                .toList();
        return new ImportedClient(person, List.of(), consents, problems, triaged, List.of(), List.of());
    }

    private static ConsentRecord consent(ConsentPurpose purpose, boolean given, LocalDate on, ConsentMethod method) {
        return new ConsentRecord(
                purpose,
                given ? ConsentDecision.GIVEN : ConsentDecision.REFUSED,
                on,
                method,
                true,
                given ? on.plusYears(1) : null,
                null,
                null);
    }

    private String nhsNumber() {
        while (true) {
            String candidate = "999" + String.format("%07d", random.nextInt(10_000_000));
            if (NhsNumber.isValid(candidate)) {
                return candidate;
            }
        }
    }

    private boolean chance(double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
