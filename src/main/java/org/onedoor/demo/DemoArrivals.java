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
        Channel channel = DemoSources.CHANNELS.pick(random);
        if (weekend && (channel == Channel.PHONE || channel == Channel.PROFESSIONAL)) {
            channel = chance(20) ? Channel.API : Channel.WEB;
        }
        Instant received = receivedAt(date, channel, weekend);
        String source = switch (channel) {
            case PHONE -> DemoSources.PHONE_SOURCES.pick(random);
            case WEB -> DemoSources.WEB_SOURCES.pick(random);
            case PROFESSIONAL -> DemoSources.PROFESSIONAL_SOURCES.pick(random);
            case API -> DemoSources.API_SOURCES.pick(random);
        };
        NewReferral details = details(date, channel, source);
        String receivedBy = switch (channel) {
            case PHONE -> SPOC;
            case WEB -> WEB_FORM;
            case PROFESSIONAL ->
                source.equals("GP")
                        ? practiceUsers.getOrDefault(details.gpPracticeId(), "practice")
                        : DemoSources.REFERRERS.get(source)[2];
            case API -> DemoSources.REFERRERS.get(source)[2];
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
        String main = DemoSources.SUBSTANCES.pick(random);
        List<String> substances = new ArrayList<>(List.of(main));
        if (groupOf.get(main).equals("OPIATES") && chance(45)) {
            substances.add("CRACK");
        } else if (chance(25)) {
            String second = DemoSources.SUBSTANCES.pick(random);
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
        String[] referrer = DemoSources.REFERRERS.get(source);
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
