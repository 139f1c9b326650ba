package org.onedoor.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.AlertCategory;
import org.onedoor.client.CareTeamMembership;
import org.onedoor.client.CareTeamRole;
import org.onedoor.client.ConsentDecision;
import org.onedoor.client.ConsentMethod;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.ConsentRecord;
import org.onedoor.client.ImportedClient;
import org.onedoor.client.NewClient;
import org.onedoor.client.SealedCategory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.referral.AcceptedReferrals.AcceptedReferral;

/**
 * The client record of one accepted demo referral: identity from the referral, the accepting organisation
 * responsible for treatment (the lead provider's {@code recovery} worker named for a good share), now and then a
 * partner provider involved, consent for most purposes given (some refused or withdrawn), a few alerts (some sealed)
 * and the referral on the timeline.
 */
final class DemoClients {

    private static final Weighted<String> ETHNICITY = new Weighted<String>()
            .add(78, "A")
            .add(3, "B")
            .add(5, "C")
            .add(2, "D")
            .add(1, "F")
            .add(3, "J")
            .add(2, "H")
            .add(2, "N")
            .add(1, "M")
            .add(1, "S")
            .add(2, "Z");
    private static final Weighted<String> ACCOMMODATION =
            new Weighted<String>().add(84, "3").add(11, "2").add(5, "1");
    private static final List<String[]> OPEN_ALERTS = List.of(
            new String[] {"RISK_TO_STAFF", "Verbal aggression at the hub in the past; see with a colleague"},
            new String[] {"OVERDOSE_RISK", "Recent overdose; naloxone kit given, check it is still carried"},
            new String[] {"COMMUNICATION", "Needs an interpreter (Polish) for appointments"},
            new String[] {"MEDICAL", "Epilepsy; withdrawal seizures in the past"});

    private final DemoContext context;
    private final Random random;
    private final ZoneId zone;
    private final Map<UUID, String> organisationNames;
    private final UUID leadProvider;
    private final List<DemoContext.DemoOrganisation> partners;
    private int recoveryCaseload;

    DemoClients(DemoContext context, ZoneId zone, Map<UUID, String> organisationNames) {
        this.context = context;
        this.random = context.random;
        this.zone = zone;
        this.organisationNames = organisationNames;
        this.leadProvider = context.first(OrganisationType.LEAD_PROVIDER).id();
        this.partners = context.all(OrganisationType.PARTNER_PROVIDER);
    }

    ImportedClient of(AcceptedReferral referral) {
        LocalDate accepted = LocalDate.ofInstant(referral.acceptedAt(), zone);
        List<CareTeamMembership> team = new ArrayList<>();
        String worker = worker(referral);
        if (worker != null) {
            context.referralWorkers.put(referral.id(), worker);
        }
        team.add(new CareTeamMembership(
                referral.organisationId(),
                CareTeamRole.RESPONSIBLE,
                worker,
                worker == null ? null : DemoAccount.named(worker).displayName(),
                accepted,
                "REFERRAL",
                referral.id()));
        boolean partner = !referral.organisationId().equals(partners.get(0).id()) && chance(18);
        if (partner) {
            DemoContext.DemoOrganisation with =
                    chance(50) ? partners.get(0) : partners.get(random.nextInt(partners.size()));
            boolean named = with.id().equals(partners.get(0).id());
            team.add(new CareTeamMembership(
                    with.id(),
                    CareTeamRole.PARTNER,
                    named ? DemoAccount.PARTNER : null,
                    named ? DemoAccount.named(DemoAccount.PARTNER).displayName() : null,
                    before(accepted.plusDays(3 + random.nextInt(20))),
                    "CLIENT",
                    null));
        }
        List<ConsentRecord> consents = consents(referral, accepted, partner);
        List<ImportedClient.Alert> alerts = new ArrayList<>();
        List<ImportedClient.Event> timeline = new ArrayList<>();
        String reference = referral.reference();
        timeline.add(new ImportedClient.Event(
                LocalDate.ofInstant(referral.receivedAt(), zone),
                "REFERRAL",
                "Referral " + reference + " received",
                null,
                "REFERRAL",
                referral.id(),
                null));
        timeline.add(new ImportedClient.Event(
                accepted,
                "REFERRAL",
                "Referral " + reference + " accepted by " + organisationNames.get(referral.organisationId()),
                "Problem substances: "
                        + String.join(
                                ", ",
                                referral.substances().stream()
                                        .map(s -> s.label())
                                        .toList()),
                "REFERRAL",
                referral.id(),
                null));
        boolean opiates = referral.substances().stream()
                .anyMatch(s -> List.of("HEROIN", "METHADONE_ILLICIT", "BUPRENORPHINE_ILLICIT", "OTHER_OPIATES", "CRACK")
                        .contains(s.code()));
        boolean mine = DemoAccount.RECOVERY.equals(worker);
        if (mine && recoveryCaseload == 1 || opiates && chance(4)) {
            LocalDate on = before(accepted.plusDays(7 + random.nextInt(30)));
            alerts.add(new ImportedClient.Alert(
                    AlertCategory.BLOOD_BORNE_VIRUS,
                    "Hepatitis C antibody positive; referred to the hepatology outreach clinic",
                    on,
                    SealedCategory.BLOOD_BORNE_VIRUS));
            timeline.add(new ImportedClient.Event(
                    on,
                    "TEST_RESULT",
                    "Blood-borne virus test result recorded",
                    null,
                    null,
                    null,
                    SealedCategory.BLOOD_BORNE_VIRUS));
        }
        if (mine && recoveryCaseload == 2 || chance(3)) {
            alerts.add(new ImportedClient.Alert(
                    AlertCategory.SAFEGUARDING,
                    "Child protection plan for the youngest child; social worker named in the plan",
                    before(accepted.plusDays(random.nextInt(20))),
                    SealedCategory.SAFEGUARDING));
        }
        if (chance(7)) {
            String[] open = OPEN_ALERTS.get(random.nextInt(OPEN_ALERTS.size()));
            alerts.add(new ImportedClient.Alert(AlertCategory.valueOf(open[0]), open[1], accepted, null));
        }
        return new ImportedClient(
                identity(referral.person()), team, consents, referral.substances(), accepted, alerts, timeline);
    }

    /** The named worker: the recovery worker for a good share of the lead provider's clients, the partner's own. */
    private @Nullable String worker(AcceptedReferral referral) {
        if (referral.organisationId().equals(leadProvider) && chance(35)) {
            recoveryCaseload++;
            return DemoAccount.RECOVERY;
        }
        if (referral.organisationId().equals(partners.get(0).id())) {
            return DemoAccount.PARTNER;
        }
        return "practice".equals(referral.acceptedBy()) ? "practice" : null;
    }

    private List<ConsentRecord> consents(AcceptedReferral referral, LocalDate on, boolean partner) {
        List<ConsentRecord> consents = new ArrayList<>();
        ConsentMethod method = chance(60) ? ConsentMethod.VERBAL : ConsentMethod.WRITTEN;
        int roll = random.nextInt(100);
        if (roll < (partner ? 20 : 6) && on.plusDays(12).isBefore(context.today)) {
            consents.add(consent(ConsentPurpose.DIRECT_CARE, ConsentDecision.GIVEN, on, method));
            consents.add(consent(
                    ConsentPurpose.DIRECT_CARE,
                    ConsentDecision.WITHDRAWN,
                    before(on.plusDays(10 + random.nextInt(60))),
                    ConsentMethod.VERBAL));
        } else if (roll < (partner ? 20 : 6)) {
            consents.add(consent(ConsentPurpose.DIRECT_CARE, ConsentDecision.REFUSED, on, method));
        } else {
            consents.add(consent(
                    ConsentPurpose.DIRECT_CARE,
                    roll < (partner ? 30 : 12) ? ConsentDecision.REFUSED : ConsentDecision.GIVEN,
                    on,
                    method));
        }
        consents.add(consent(
                ConsentPurpose.NDTMS, chance(92) ? ConsentDecision.GIVEN : ConsentDecision.REFUSED, on, method));
        if (referral.person().gpPracticeId() != null) {
            consents.add(consent(
                    ConsentPurpose.GP_SHARING,
                    chance(80) ? ConsentDecision.GIVEN : ConsentDecision.REFUSED,
                    on,
                    method));
        }
        return consents;
    }

    private static ConsentRecord consent(
            ConsentPurpose purpose, ConsentDecision decision, LocalDate on, ConsentMethod method) {
        return new ConsentRecord(
                purpose,
                decision,
                on,
                method,
                true,
                decision == ConsentDecision.GIVEN ? on.plusYears(1) : null,
                null,
                null);
    }

    private NewClient identity(NewClient person) {
        return new NewClient(
                person.legalGivenName(),
                person.legalFamilyName(),
                null,
                person.dateOfBirth(),
                person.sex(),
                chance(97) ? "SAME_AS_SEX" : "NOT_STATED",
                person.nhsNumber(),
                ETHNICITY.pick(random),
                person.postcode(),
                ACCOMMODATION.pick(random),
                null,
                person.contact(),
                null,
                person.gpPracticeId());
    }

    /** The day, or yesterday when it would fall today or later (the demo's history ends yesterday). */
    private LocalDate before(LocalDate day) {
        return day.isBefore(context.today) ? day : context.today.minusDays(1);
    }

    private boolean chance(double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
