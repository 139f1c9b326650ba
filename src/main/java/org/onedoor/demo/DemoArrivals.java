package org.onedoor.demo;

import static org.onedoor.partnership.OrganisationType.GP_PRACTICE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.referral.Channel;
import org.onedoor.referral.NewReferral;
import org.onedoor.referral.Risk;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.NhsNumber;
import org.onedoor.shared.Sex;

/**
 * Who the demo's referrals are about and how they arrive: channel, source and referrer, a fictional person with
 * realistic substances and risks, and the time and person that logged it.
 */
final class DemoArrivals {

    static final String SPOC = "spoc";
    static final String WEB_FORM = "public web form";

    private static final Weighted<String> SUBSTANCES = new Weighted<String>()
            .add(500, "ALCOHOL")
            .add(140, "HEROIN")
            .add(20, "METHADONE_ILLICIT")
            .add(10, "BUPRENORPHINE_ILLICIT")
            .add(30, "OTHER_OPIATES")
            .add(70, "CRACK")
            .add(50, "COCAINE")
            .add(100, "CANNABIS")
            .add(20, "BENZODIAZEPINES")
            .add(15, "GABAPENTINOIDS")
            .add(15, "PRESCRIPTION_OPIOIDS")
            .add(10, "AMPHETAMINES")
            .add(10, "KETAMINE")
            .add(5, "NPS")
            .add(5, "ECSTASY");
    private static final Weighted<Channel> CHANNELS = new Weighted<Channel>()
            .add(45, Channel.PHONE)
            .add(25, Channel.WEB)
            .add(20, Channel.PROFESSIONAL)
            .add(10, Channel.API);
    private static final Weighted<String> PHONE_SOURCES = new Weighted<String>()
            .add(60, "SELF")
            .add(20, "CONCERNED_OTHER")
            .add(5, "GP")
            .add(4, "HOUSING")
            .add(4, "SOCIAL_SERVICES")
            .add(3, "EMPLOYMENT")
            .add(2, "EDUCATION")
            .add(2, "OTHER");
    private static final Weighted<String> WEB_SOURCES =
            new Weighted<String>().add(85, "SELF").add(15, "CONCERNED_OTHER");
    private static final Weighted<String> PROFESSIONAL_SOURCES = new Weighted<String>()
            .add(55, "GP")
            .add(12, "MENTAL_HEALTH")
            .add(10, "SOCIAL_SERVICES")
            .add(8, "HOUSING")
            .add(8, "SYRINGE_EXCHANGE")
            .add(7, "OTHER_DRUG_SERVICE");
    private static final Weighted<String> API_SOURCES = new Weighted<String>()
            .add(40, "HOSPITAL")
            .add(25, "A_AND_E")
            .add(20, "PROBATION")
            .add(10, "CRIMINAL_JUSTICE")
            .add(5, "PRISON");
    private static final Map<String, String[]> REFERRERS = Map.of(
            "HOSPITAL",
                    new String[] {"Alcohol Care Team", "Northvale General Hospital", "api:Northvale General Hospital"},
            "A_AND_E",
                    new String[] {"Emergency Department", "Northvale General Hospital", "api:Northvale General Hospital"
                    },
            "PROBATION",
                    new String[] {"Probation practitioner", "Northvale Probation Delivery Unit", "api:Probation Service"
                    },
            "CRIMINAL_JUSTICE",
                    new String[] {"Liaison and diversion", "Northvale Custody Suite", "api:Liaison and Diversion"},
            "PRISON", new String[] {"Release planning", "HMP Northvale", "api:Prison Healthcare"},
            "MENTAL_HEALTH", new String[] {"Community mental health team", "Northvale Mental Health Trust", "recovery"},
            "SOCIAL_SERVICES", new String[] {"Social worker", "Northvale Council Children's Services", "recovery"},
            "HOUSING", new String[] {"Housing officer", "Northvale Homes", "recovery"},
            "SYRINGE_EXCHANGE", new String[] {"Harm reduction worker", "Safer Streets Harm Reduction", "recovery"},
            "OTHER_DRUG_SERVICE", new String[] {"Keyworker", "Neighbouring treatment service", "recovery"});

    private final DemoContext context;
    private final Random random;
    private final ZoneId zone;
    private final Map<String, String> groupOf;
    private final Map<UUID, String> practiceUsers;

    /** A referral as it arrives: its details, when, and who (or what) logged it. */
    record Arrival(NewReferral details, Instant receivedAt, String receivedBy) {}

    DemoArrivals(DemoContext context, ZoneId zone, Map<String, String> groupOf, Map<UUID, String> practiceUsers) {
        this.context = context;
        this.random = context.random;
        this.zone = zone;
        this.groupOf = groupOf;
        this.practiceUsers = practiceUsers;
    }

    Arrival arrive(LocalDate date) {
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        Channel channel = CHANNELS.pick(random);
        if (weekend && (channel == Channel.PHONE || channel == Channel.PROFESSIONAL)) {
            channel = chance(20) ? Channel.API : Channel.WEB;
        }
        Instant received = receivedAt(date, channel, weekend);
        String source = switch (channel) {
            case PHONE -> PHONE_SOURCES.pick(random);
            case WEB -> WEB_SOURCES.pick(random);
            case PROFESSIONAL -> PROFESSIONAL_SOURCES.pick(random);
            case API -> API_SOURCES.pick(random);
        };
        NewReferral details = details(date, channel, source);
        String receivedBy = switch (channel) {
            case PHONE -> SPOC;
            case WEB -> WEB_FORM;
            case PROFESSIONAL ->
                source.equals("GP")
                        ? practiceUsers.getOrDefault(details.gpPracticeId(), "practice")
                        : REFERRERS.get(source)[2];
            case API -> REFERRERS.get(source)[2];
        };
        return new Arrival(details, received, receivedBy);
    }

    private Instant receivedAt(LocalDate date, Channel channel, boolean weekend) {
        LocalTime time;
        if (channel == Channel.WEB && (weekend || chance(25))) {
            time = LocalTime.of(0, 0).plusMinutes(random.nextInt(24 * 60));
        } else if (channel == Channel.API && (weekend || chance(15))) {
            time = LocalTime.of(0, 0).plusMinutes(random.nextInt(24 * 60));
        } else {
            time = LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60));
        }
        return date.atTime(time).plusSeconds(random.nextInt(60)).atZone(zone).toInstant();
    }

    private NewReferral details(LocalDate date, Channel channel, String source) {
        Sex sex = pickSex();
        String given = DemoNames.pick(random, DemoNames.GIVEN);
        String family = DemoNames.pick(random, DemoNames.FAMILY);
        int age = 18 + (int) Math.min(62, Math.abs(random.nextGaussian() * 12 + 23));
        LocalDate born = date.minusYears(age).minusDays(random.nextInt(365));
        String main = SUBSTANCES.pick(random);
        List<String> substances = new ArrayList<>(List.of(main));
        if (groupOf.get(main).equals("OPIATES") && chance(45)) {
            substances.add("CRACK");
        } else if (chance(25)) {
            String second = SUBSTANCES.pick(random);
            if (!substances.contains(second)) {
                substances.add(second);
            }
        }
        Set<Risk> risks = EnumSet.noneOf(Risk.class);
        if (chance(15)) {
            risks.add(urgentRisk(sex, substances));
        }
        if (substances.stream().anyMatch(s -> groupOf.get(s).equals("OPIATES")) && chance(40)) {
            risks.add(Risk.INJECTING);
        }
        if (chance(15)) {
            risks.add(Risk.CHILDREN_IN_HOUSEHOLD);
        }
        if (chance(5)) {
            risks.add(Risk.NO_FIXED_ABODE);
        }
        var practices = context.all(GP_PRACTICE);
        UUID practice = practices.isEmpty() || chance(12)
                ? null
                : practices.get(random.nextInt(practices.size())).id();
        boolean professional = channel == Channel.PROFESSIONAL || channel == Channel.API;
        String[] referrer = REFERRERS.get(source);
        String referrerName = !professional
                ? null
                : source.equals("GP")
                        ? "Dr " + DemoNames.pick(random, DemoNames.FAMILY)
                        : DemoNames.pick(random, DemoNames.GIVEN) + " " + DemoNames.pick(random, DemoNames.FAMILY)
                                + (referrer == null ? "" : ", " + referrer[0]);
        String referrerOrganisation = !professional
                ? null
                : source.equals("GP") ? practiceName(practice) : referrer == null ? null : referrer[1];
        String nhsNumber = channel == Channel.WEB && chance(40) || chance(5) ? null : nhsNumber();
        String email = channel == Channel.WEB || chance(20)
                ? (given + "." + family).toLowerCase().replaceAll("[^a-z.]", "") + random.nextInt(100) + "@example.com"
                : null;
        String notes = chance(20)
                ? pick(List.of(
                        "Prefers afternoon calls",
                        "Works shifts; text first",
                        "Partner is supportive",
                        "Has tried to cut down on their own",
                        "Previous treatment in 2019",
                        "Needs an interpreter (Polish)",
                        "Lives with elderly parent"))
                : null;
        return new NewReferral(
                channel,
                given,
                family,
                born,
                sex,
                nhsNumber,
                DemoNames.postcode(random),
                new ContactDetails(
                        String.format("07700 900%03d", random.nextInt(1000)),
                        email,
                        chance(80),
                        chance(60),
                        chance(70)),
                practice,
                source,
                referrerName,
                referrerOrganisation,
                substances,
                risks,
                notes);
    }

    private Risk urgentRisk(Sex sex, List<String> substances) {
        int roll = random.nextInt(100);
        if (sex == Sex.FEMALE && roll < 15) {
            return Risk.PREGNANCY;
        }
        if (roll < 40 && substances.stream().anyMatch(s -> groupOf.get(s).equals("OPIATES"))) {
            return Risk.RECENT_OVERDOSE;
        }
        return roll < 55 ? Risk.SAFEGUARDING_CONCERN : roll < 75 ? Risk.DOMESTIC_ABUSE : Risk.MENTAL_HEALTH_CRISIS;
    }

    private Sex pickSex() {
        int roll = random.nextInt(100);
        return roll < 58 ? Sex.MALE : roll < 98 ? Sex.FEMALE : roll < 99 ? Sex.OTHER : Sex.NOT_STATED;
    }

    /** A number in the NHS test range (999…) that passes the Modulus 11 check. */
    private String nhsNumber() {
        while (true) {
            String candidate = "999" + String.format("%07d", random.nextInt(10_000_000));
            if (NhsNumber.isValid(candidate)) {
                return candidate;
            }
        }
    }

    private @Nullable String practiceName(@Nullable UUID practice) {
        return context.all(GP_PRACTICE).stream()
                .filter(p -> p.id().equals(practice))
                .map(p -> p.name())
                .findFirst()
                .orElse(null);
    }

    private boolean chance(double percent) {
        return random.nextDouble() * 100 < percent;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
