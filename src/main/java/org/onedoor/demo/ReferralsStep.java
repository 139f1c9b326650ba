package org.onedoor.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.onedoor.partnership.PracticeMenu;
import org.onedoor.partnership.PracticeOfferAvailability;
import org.onedoor.referral.Channel;
import org.onedoor.referral.EnquiryCallerType;
import org.onedoor.referral.HistoricEnquiry;
import org.onedoor.referral.HistoricReferral;
import org.onedoor.referral.NewReferral;
import org.onedoor.referral.ReferralImport;
import org.onedoor.referral.Risk;
import org.onedoor.referral.Sex;
import org.onedoor.referral.TriageOutcome;

import static org.onedoor.partnership.OrganisationType.GP_PRACTICE;
import static org.onedoor.partnership.OrganisationType.LEAD_PROVIDER;
import static org.onedoor.partnership.OrganisationType.PARTNER_PROVIDER;

/**
 * About six months of the single point of contact's work, day by day up to yesterday: {@code clients} referrals
 * from every channel (mostly weekday office hours, web self-referrals at any hour) and half as many enquiries.
 * Older referrals have been triaged and either closed with a reason or allocated — to a practice that offers the
 * need, with places left that month, as routing would, or to a provider — and accepted (with the waiting clock's
 * later stops) or, rarely, returned. Recent ones still wait in the queue, with a handful of old ones stuck past the
 * waiting standard so the queue shows breaches. Written through {@link ReferralImport}, in chunks, in order of
 * receipt.
 */
@Component
class ReferralsStep implements DemoStep {

    private static final int DAYS = 182;
    private static final int CHUNK = 2000;
    private static final String SPOC = "spoc";
    private static final String WEB_FORM = "public web form";

    private static final Weighted<String> SUBSTANCES = new Weighted<String>()
            .add(500, "ALCOHOL").add(140, "HEROIN").add(20, "METHADONE_ILLICIT").add(10, "BUPRENORPHINE_ILLICIT")
            .add(30, "OTHER_OPIATES").add(70, "CRACK").add(50, "COCAINE").add(100, "CANNABIS")
            .add(20, "BENZODIAZEPINES").add(15, "GABAPENTINOIDS").add(15, "PRESCRIPTION_OPIOIDS")
            .add(10, "AMPHETAMINES").add(10, "KETAMINE").add(5, "NPS").add(5, "ECSTASY");
    private static final Map<String, String> GROUP_OF = Map.ofEntries(Map.entry("ALCOHOL", "ALCOHOL"),
            Map.entry("HEROIN", "OPIATES"), Map.entry("METHADONE_ILLICIT", "OPIATES"),
            Map.entry("BUPRENORPHINE_ILLICIT", "OPIATES"), Map.entry("OTHER_OPIATES", "OPIATES"),
            Map.entry("CRACK", "CRACK_COCAINE"), Map.entry("COCAINE", "CRACK_COCAINE"),
            Map.entry("CANNABIS", "CANNABIS"), Map.entry("BENZODIAZEPINES", "MEDICINES"),
            Map.entry("GABAPENTINOIDS", "MEDICINES"), Map.entry("PRESCRIPTION_OPIOIDS", "MEDICINES"),
            Map.entry("AMPHETAMINES", "OTHER_STIMULANTS"), Map.entry("KETAMINE", "OTHER_STIMULANTS"),
            Map.entry("NPS", "NPS"), Map.entry("ECSTASY", "OTHER_STIMULANTS"));
    private static final Weighted<Channel> CHANNELS = new Weighted<Channel>()
            .add(45, Channel.PHONE).add(25, Channel.WEB).add(20, Channel.PROFESSIONAL).add(10, Channel.API);
    private static final Weighted<String> PHONE_SOURCES = new Weighted<String>().add(60, "SELF")
            .add(20, "CONCERNED_OTHER").add(5, "GP").add(4, "HOUSING").add(4, "SOCIAL_SERVICES").add(3, "EMPLOYMENT")
            .add(2, "EDUCATION").add(2, "OTHER");
    private static final Weighted<String> WEB_SOURCES = new Weighted<String>().add(85, "SELF")
            .add(15, "CONCERNED_OTHER");
    private static final Weighted<String> PROFESSIONAL_SOURCES = new Weighted<String>().add(55, "GP")
            .add(12, "MENTAL_HEALTH").add(10, "SOCIAL_SERVICES").add(8, "HOUSING").add(8, "SYRINGE_EXCHANGE")
            .add(7, "OTHER_DRUG_SERVICE");
    private static final Weighted<String> API_SOURCES = new Weighted<String>().add(40, "HOSPITAL")
            .add(25, "A_AND_E").add(20, "PROBATION").add(10, "CRIMINAL_JUSTICE").add(5, "PRISON");
    private static final Map<String, String[]> REFERRERS = Map.of(
            "HOSPITAL", new String[] {"Alcohol Care Team", "Northvale General Hospital", "api:Northvale General Hospital"},
            "A_AND_E", new String[] {"Emergency Department", "Northvale General Hospital", "api:Northvale General Hospital"},
            "PROBATION", new String[] {"Probation practitioner", "Northvale Probation Delivery Unit", "api:Probation Service"},
            "CRIMINAL_JUSTICE", new String[] {"Liaison and diversion", "Northvale Custody Suite", "api:Liaison and Diversion"},
            "PRISON", new String[] {"Release planning", "HMP Northvale", "api:Prison Healthcare"},
            "MENTAL_HEALTH", new String[] {"Community mental health team", "Northvale Mental Health Trust", "recovery"},
            "SOCIAL_SERVICES", new String[] {"Social worker", "Northvale Council Children's Services", "recovery"},
            "HOUSING", new String[] {"Housing officer", "Northvale Homes", "recovery"},
            "SYRINGE_EXCHANGE", new String[] {"Harm reduction worker", "Safer Streets Harm Reduction", "recovery"},
            "OTHER_DRUG_SERVICE", new String[] {"Keyworker", "Neighbouring treatment service", "recovery"});
    private static final Weighted<TriageOutcome> CLOSING = new Weighted<TriageOutcome>()
            .add(30, TriageOutcome.ADVICE_ONLY).add(22, TriageOutcome.BRIEF_INTERVENTION_AT_SPOC)
            .add(16, TriageOutcome.REFER_OUTSIDE).add(20, TriageOutcome.DECLINED_BY_CLIENT)
            .add(12, TriageOutcome.INAPPROPRIATE);
    private static final Map<TriageOutcome, List<String>> CLOSING_REASONS = Map.of(
            TriageOutcome.ADVICE_ONLY, List.of("Wanted advice on cutting down; information sent",
                    "Low-risk drinking on AUDIT-C; advice on units given", "Asked about safer use; harm-reduction advice given"),
            TriageOutcome.BRIEF_INTERVENTION_AT_SPOC, List.of("Brief intervention on the phone; happy to manage",
                    "Brief intervention delivered; will self-refer again if needed"),
            TriageOutcome.REFER_OUTSIDE, List.of("Lives outside the partnership area; referred to home service",
                    "Under 18; referred to the young people's service", "Needs inpatient detox; referred to regional unit"),
            TriageOutcome.DECLINED_BY_CLIENT, List.of("Declined support when called back",
                    "No response after three attempts to contact", "Client does not want treatment at present"),
            TriageOutcome.INAPPROPRIATE, List.of("Duplicate of an existing referral",
                    "Gambling only; signposted to gambling support", "Referred without the client's consent"));
    private static final List<String> RETURN_REASONS = List.of("Patient has moved away",
            "Needs more than the practice can offer; specialist assessment advised",
            "Patient registered elsewhere", "Clinician on leave; no places after all this month");
    private static final Weighted<String> TOPICS = new Weighted<String>().add(25, "ALCOHOL_ADVICE")
            .add(20, "DRUG_ADVICE").add(10, "NALOXONE").add(8, "NEEDLE_EXCHANGE").add(15, "FAMILY_CARER_SUPPORT")
            .add(17, "SERVICE_INFORMATION").add(5, "OTHER");
    private static final Weighted<String> ENQUIRY_OUTCOMES = new Weighted<String>().add(40, "ADVICE_GIVEN")
            .add(20, "INFORMATION_SENT").add(20, "SIGNPOSTED").add(12, "REFERRAL_MADE").add(8, "CALL_BACK");
    private static final List<String> SIGNPOSTS = List.of("Families Together Support", "Safer Streets Harm Reduction",
            "Gambling support line", "Citizens Advice Northvale", "NHS 111", "Samaritans", "Northvale Foodbank",
            "Northvale Recovery Community");

    private final ReferralImport imports;
    private final PracticeMenu menu;
    private final Clock clock;

    ReferralsStep(ReferralImport imports, PracticeMenu menu, Clock clock) {
        this.imports = imports;
        this.menu = menu;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "Referrals and enquiries";
    }

    @Override
    public long size(DemoSettings settings) {
        return settings.clients() + settings.clients() / 2;
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        new Run(context, progress).referrals().enquiries();
    }

    /** One generation: the random source, the cut-off and what has been allocated so far. */
    private final class Run {

        private final DemoContext context;
        private final Progress progress;
        private final Random random;
        private final ZoneId zone = clock.getZone();
        private final Instant cutOff;
        private final Map<String, String> interventionLabels = new HashMap<>();
        private final Map<String, String> groupLabels = new HashMap<>();
        private final Map<String, List<PracticeOfferAvailability>> offers = new HashMap<>();
        private final Map<String, Integer> placesUsed = new HashMap<>();
        private final Map<UUID, String> practiceUsers = new HashMap<>();

        Run(DemoContext context, Progress progress) {
            this.context = context;
            this.progress = progress;
            this.random = context.random;
            this.cutOff = context.today.atStartOfDay(zone).toInstant();
            menu.interventions().forEach(c -> interventionLabels.put(c.code(), c.label()));
            menu.substanceGroups().forEach(c -> groupLabels.put(c.code(), c.label()));
            var practices = context.all(GP_PRACTICE);
            for (int i = 0; i < practices.size(); i++) {
                practiceUsers.put(practices.get(i).id(), i == 0 ? "practice"
                        : "reception." + practices.get(i).odsCode().toLowerCase());
            }
        }

        Run referrals() {
            List<HistoricReferral> chunk = new ArrayList<>();
            int[] perDay = spread(context.settings.clients(), false);
            for (int day = 0; day < DAYS; day++) {
                LocalDate date = context.today.minusDays(DAYS - day);
                List<HistoricReferral> today = new ArrayList<>();
                for (int n = 0; n < perDay[day]; n++) {
                    today.add(referral(date));
                }
                today.sort(Comparator.comparing(HistoricReferral::receivedAt));
                chunk.addAll(today);
                if (chunk.size() >= CHUNK) {
                    flush(chunk);
                }
            }
            flush(chunk);
            return this;
        }

        Run enquiries() {
            List<HistoricEnquiry> chunk = new ArrayList<>();
            int[] perDay = spread(context.settings.clients() / 2, true);
            for (int day = 0; day < DAYS; day++) {
                LocalDate date = context.today.minusDays(DAYS - day);
                for (int n = 0; n < perDay[day]; n++) {
                    chunk.add(enquiry(date));
                }
                if (chunk.size() >= CHUNK || day == DAYS - 1) {
                    imports.importEnquiries(chunk);
                    progress.advance(chunk.size());
                    chunk.clear();
                }
            }
            return this;
        }

        private void flush(List<HistoricReferral> chunk) {
            if (!chunk.isEmpty()) {
                imports.importReferrals(chunk);
                progress.advance(chunk.size());
                chunk.clear();
            }
        }

        /** Shares {@code total} over the days: weekdays busy, weekends quiet (the phone line is closed). */
        private int[] spread(int total, boolean phoneOnly) {
            double[] weights = new double[DAYS];
            double sum = 0;
            for (int day = 0; day < DAYS; day++) {
                DayOfWeek weekday = context.today.minusDays(DAYS - day).getDayOfWeek();
                weights[day] = weekday == DayOfWeek.SATURDAY ? (phoneOnly ? 0 : 0.25)
                        : weekday == DayOfWeek.SUNDAY ? (phoneOnly ? 0 : 0.2)
                        : weekday == DayOfWeek.MONDAY ? 1.25 : 1.0;
                sum += weights[day];
            }
            int[] counts = new int[DAYS];
            double carried = 0;
            for (int day = 0; day < DAYS; day++) {
                carried += total * weights[day] / sum;
                counts[day] = (int) Math.floor(carried + 1e-9);
                carried -= counts[day];
            }
            int given = java.util.Arrays.stream(counts).sum();
            counts[DAYS - 2] += total - given;
            return counts;
        }

        private HistoricReferral referral(LocalDate date) {
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
                case PROFESSIONAL -> source.equals("GP") ? practiceUsers.getOrDefault(details.gpPracticeId(), "practice")
                        : REFERRERS.get(source)[2];
                case API -> REFERRERS.get(source)[2];
            };
            return lifecycle(details, received, receivedBy, date);
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
            if (GROUP_OF.get(main).equals("OPIATES") && chance(45)) {
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
            if (substances.stream().anyMatch(s -> GROUP_OF.get(s).equals("OPIATES")) && chance(40)) {
                risks.add(Risk.INJECTING);
            }
            if (chance(15)) {
                risks.add(Risk.CHILDREN_IN_HOUSEHOLD);
            }
            if (chance(5)) {
                risks.add(Risk.NO_FIXED_ABODE);
            }
            var practices = context.all(GP_PRACTICE);
            UUID practice = practices.isEmpty() || chance(12) ? null
                    : practices.get(random.nextInt(practices.size())).id();
            boolean professional = channel == Channel.PROFESSIONAL || channel == Channel.API;
            String[] referrer = REFERRERS.get(source);
            String referrerName = !professional ? null
                    : source.equals("GP") ? "Dr " + DemoNames.pick(random, DemoNames.FAMILY)
                    : DemoNames.pick(random, DemoNames.GIVEN) + " " + DemoNames.pick(random, DemoNames.FAMILY)
                    + (referrer == null ? "" : ", " + referrer[0]);
            String referrerOrganisation = !professional ? null
                    : source.equals("GP") ? practiceName(practice) : referrer == null ? null : referrer[1];
            String nhsNumber = channel == Channel.WEB && chance(40) || chance(5) ? null : nhsNumber();
            String email = channel == Channel.WEB || chance(20)
                    ? (given + "." + family).toLowerCase().replaceAll("[^a-z.]", "") + random.nextInt(100)
                    + "@example.com" : null;
            String notes = chance(20) ? pick(List.of("Prefers afternoon calls", "Works shifts; text first",
                    "Partner is supportive", "Has tried to cut down on their own", "Previous treatment in 2019",
                    "Needs an interpreter (Polish)", "Lives with elderly parent")) : null;
            return new NewReferral(channel, given, family, born, sex, nhsNumber, DemoNames.postcode(random),
                    String.format("07700 900%03d", random.nextInt(1000)), email, chance(80), chance(60), chance(70),
                    practice, source, referrerName, referrerOrganisation, substances, risks, notes);
        }

        private HistoricReferral lifecycle(NewReferral details, Instant received, String receivedBy, LocalDate date) {
            long age = ChronoUnit.DAYS.between(date, context.today);
            boolean urgent = details.risks().stream().anyMatch(r -> r != Risk.INJECTING
                    && r != Risk.CHILDREN_IN_HOUSEHOLD && r != Risk.NO_FIXED_ABODE);
            // Where an open referral is stuck: a handful of old ones breach; recent ones are still in progress.
            int stuckAt = 9;
            if (age > 21 ? chance(1.2) : chance(25.0 * (21 - age) / 21)) {
                int roll = random.nextInt(100);
                stuckAt = roll < 35 ? 0 : roll < 65 ? 1 : roll < 90 ? 2 : 3;
            }
            Instant triagedAt = working(received.plus(urgent ? Duration.ofMinutes(30 + random.nextInt(240))
                    : Duration.ofMinutes(60 + random.nextInt(3 * 24 * 60))));
            if (stuckAt == 0 || triagedAt.isAfter(cutOff)) {
                return new HistoricReferral(details, received, receivedBy, null, null, null, null, null);
            }
            String group = GROUP_OF.get(details.substances().get(0));
            boolean closing = chance(33);
            String intervention = closing ? null : intervention(group);
            TriageOutcome outcome = closing ? CLOSING.pick(random) : TriageOutcome.ALLOCATE_TO_PRACTICE;
            Instant allocatedAt = working(triagedAt.plus(Duration.ofMinutes(5 + random.nextInt(chance(45) ? 60
                    : 2 * 24 * 60))));
            LocalDate allocatedOn = LocalDate.ofInstant(allocatedAt, zone);
            Target target = closing ? null : target(details.gpPracticeId(), intervention, group, allocatedOn);
            if (target != null && !target.practice) {
                outcome = TriageOutcome.ALLOCATE_TO_PARTNER;
            }
            String reason = closing ? pick(CLOSING_REASONS.get(outcome)) : triageReason(group, intervention);
            HistoricReferral.Triage triage = new HistoricReferral.Triage(triagedAt, SPOC, outcome, reason,
                    intervention, closing ? null : group);
            if (closing || stuckAt == 1 || allocatedAt.isAfter(cutOff)) {
                return new HistoricReferral(details, received, receivedBy, triage, null, null, null, null);
            }
            if (target.practice) {
                placesUsed.merge(target.id + "|" + intervention + "|" + group + "|" + allocatedOn.withDayOfMonth(1),
                        1, Integer::sum);
            }
            HistoricReferral.Allocation allocation = new HistoricReferral.Allocation(allocatedAt, SPOC, target.id,
                    target.reason, null);
            Instant answeredAt = working(allocatedAt.plus(Duration.ofHours(2 + random.nextInt(6 * 24))));
            if (stuckAt == 2 || answeredAt.isAfter(cutOff)) {
                return new HistoricReferral(details, received, receivedBy, triage, allocation, null, null, null);
            }
            String answeredBy = target.practice ? practiceUsers.getOrDefault(target.id, "practice") : target.user;
            boolean returned = stuckAt == 3 || ChronoUnit.DAYS.between(answeredAt, cutOff) < 10 && chance(8);
            if (returned) {
                return new HistoricReferral(details, received, receivedBy, triage, allocation,
                        HistoricReferral.Answer.returned(answeredAt, answeredBy, pick(RETURN_REASONS)), null, null);
            }
            LocalDate acceptedOn = LocalDate.ofInstant(answeredAt, zone);
            LocalDate offered = chance(85) ? acceptedOn.plusDays(2 + random.nextInt(19)) : null;
            LocalDate started = offered != null && chance(80) ? offered.plusDays(random.nextInt(15)) : null;
            offered = offered != null && offered.isBefore(context.today) ? offered : null;
            started = offered != null && started != null && started.isBefore(context.today) ? started : null;
            return new HistoricReferral(details, received, receivedBy, triage, allocation,
                    HistoricReferral.Answer.accepted(answeredAt, answeredBy), offered, started);
        }

        /** As routing would: the client's own practice when it offers the need with places, another practice, else a provider. */
        private Target target(@Nullable UUID own, String intervention, String group, LocalDate on) {
            String need = interventionLabels.get(intervention).toLowerCase() + " for "
                    + groupLabels.get(group).toLowerCase();
            List<PracticeOfferAvailability> withPlaces = offers
                    .computeIfAbsent(intervention + "|" + group + "|" + on,
                            k -> menu.offering(intervention, group, on))
                    .stream().filter(o -> placesLeft(o, on) > 0).toList();
            PracticeOfferAvailability mine = withPlaces.stream().filter(o -> o.practiceId().equals(own)).findFirst()
                    .orElse(null);
            if (mine != null && chance(90)) {
                return new Target(mine.practiceId(), true, "The client's own practice, " + mine.practiceName()
                        + ", offers " + need + "; " + places(mine, on) + ".", null);
            }
            String problem = own == null ? "The client's GP practice is not known"
                    : mine == null ? "The client's own practice does not offer " + need
                    : "The client asked to be seen elsewhere";
            if (!withPlaces.isEmpty() && chance(85)) {
                PracticeOfferAvailability other = withPlaces.get(random.nextInt(withPlaces.size()));
                return new Target(other.practiceId(), true, problem + ". " + other.practiceName() + " offers " + need
                        + "; " + places(other, on) + ".", null);
            }
            var partners = context.all(PARTNER_PROVIDER);
            if (!partners.isEmpty() && (group.equals("OPIATES") || group.equals("CRACK_COCAINE")) && chance(15)) {
                return new Target(partners.get(0).id(), false, problem
                        + "; harm reduction and engagement first with " + partners.get(0).name() + ".", "safer.streets");
            }
            var lead = context.first(LEAD_PROVIDER);
            return new Target(lead.id(), false, problem + (withPlaces.isEmpty()
                    ? ", and no practice of the partnership offers " + need + " with places left this month, so "
                    : ", and the client needs specialist assessment, so ")
                    + lead.name() + " takes it as the specialist provider.", "recovery");
        }

        private int placesLeft(PracticeOfferAvailability offer, LocalDate on) {
            if (offer.monthlyCapacity() == null) {
                return Integer.MAX_VALUE;
            }
            return offer.monthlyCapacity() - placesUsed.getOrDefault(offer.practiceId() + "|" + offer.intervention()
                    + "|" + offer.substanceGroup() + "|" + on.withDayOfMonth(1), 0);
        }

        private String places(PracticeOfferAvailability offer, LocalDate on) {
            return offer.monthlyCapacity() == null ? "no limit on places this month"
                    : placesLeft(offer, on) + " of " + offer.monthlyCapacity() + " places left this month";
        }

        private String intervention(String group) {
            int roll = random.nextInt(100);
            return switch (group) {
                case "ALCOHOL" -> roll < 20 ? "BRIEF_ADVICE" : roll < 65 ? "EXTENDED_BRIEF_INTERVENTION"
                        : "STRUCTURED_PSYCHOSOCIAL";
                case "OPIATES" -> roll < 55 ? "SHARED_CARE_PRESCRIBING" : "STRUCTURED_PSYCHOSOCIAL";
                case "CANNABIS", "MEDICINES" -> roll < 45 ? "BRIEF_ADVICE" : "STRUCTURED_PSYCHOSOCIAL";
                case "CRACK_COCAINE" -> roll < 30 ? "EXTENDED_BRIEF_INTERVENTION" : "STRUCTURED_PSYCHOSOCIAL";
                default -> "STRUCTURED_PSYCHOSOCIAL";
            };
        }

        private String triageReason(String group, String intervention) {
            return switch (group) {
                case "ALCOHOL" -> pick(List.of("AUDIT-C positive; wants support near home",
                        "AUDIT score in the harmful range; motivated to cut down",
                        "Drinking daily; wants help before it gets worse"));
                case "OPIATES" -> intervention.equals("SHARED_CARE_PRESCRIBING")
                        ? "Stable on illicit supply; wants a prescription and to stay with own GP"
                        : "Using daily; wants psychosocial support alongside harm reduction";
                default -> pick(List.of("Wants structured support to stop", "Motivated; ready to start now",
                        "Using most days; affecting work and family"));
            };
        }

        private HistoricEnquiry enquiry(LocalDate date) {
            String topic = TOPICS.pick(random);
            EnquiryCallerType caller = topic.equals("FAMILY_CARER_SUPPORT") ? (chance(85)
                    ? EnquiryCallerType.FAMILY_OR_FRIEND : EnquiryCallerType.PROFESSIONAL)
                    : random.nextInt(100) < 60 ? EnquiryCallerType.SELF
                    : chance(60) ? EnquiryCallerType.FAMILY_OR_FRIEND : EnquiryCallerType.PROFESSIONAL;
            String outcome = ENQUIRY_OUTCOMES.pick(random);
            String signposted = outcome.equals("SIGNPOSTED") ? (topic.equals("FAMILY_CARER_SUPPORT")
                    ? "Families Together Support" : pick(SIGNPOSTS)) : null;
            String notes = switch (topic) {
                case "NALOXONE" -> chance(50) ? "Asked where to collect a naloxone kit" : null;
                case "NEEDLE_EXCHANGE" -> chance(50) ? "Asked for needle exchange opening times" : null;
                case "SERVICE_INFORMATION" -> chance(40) ? "Asked how referral works and how long the wait is" : null;
                default -> chance(15) ? "Caller did not want to give a name" : null;
            };
            Instant at = date.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60))).atZone(zone).toInstant();
            return new HistoricEnquiry(topic, caller, outcome, signposted, notes, at, SPOC);
        }

        /** Moves a time outside office hours (weekdays 9:00 to 17:00) to the next morning's office hours. */
        private Instant working(Instant at) {
            ZonedDateTime local = at.atZone(zone);
            LocalDate day = local.toLocalDate();
            if (local.toLocalTime().isBefore(LocalTime.of(9, 0)) && day.getDayOfWeek().getValue() < 6) {
                return day.atTime(9, random.nextInt(60)).atZone(zone).toInstant();
            }
            if (local.toLocalTime().isBefore(LocalTime.of(17, 0)) && day.getDayOfWeek().getValue() < 6) {
                return at;
            }
            do {
                day = day.plusDays(1);
            } while (day.getDayOfWeek().getValue() >= 6);
            return day.atTime(9, 0).plusMinutes(random.nextInt(180)).atZone(zone).toInstant();
        }

        private Risk urgentRisk(Sex sex, List<String> substances) {
            int roll = random.nextInt(100);
            if (sex == Sex.FEMALE && roll < 15) {
                return Risk.PREGNANCY;
            }
            if (roll < 40 && substances.stream().anyMatch(s -> GROUP_OF.get(s).equals("OPIATES"))) {
                return Risk.RECENT_OVERDOSE;
            }
            return roll < 55 ? Risk.SAFEGUARDING_CONCERN : roll < 75 ? Risk.DOMESTIC_ABUSE : Risk.MENTAL_HEALTH_CRISIS;
        }

        private Sex pickSex() {
            int roll = random.nextInt(100);
            return roll < 58 ? Sex.MALE : roll < 98 ? Sex.FEMALE : roll < 99 ? Sex.OTHER : Sex.NOT_STATED;
        }

        /** A number in the NHS test range (999…) whose Modulus 11 check digit is right; a remainder of 10 is skipped. */
        private String nhsNumber() {
            while (true) {
                String body = "999" + String.format("%06d", random.nextInt(1_000_000));
                int sum = 0;
                for (int i = 0; i < 9; i++) {
                    sum += (body.charAt(i) - '0') * (10 - i);
                }
                int check = 11 - sum % 11;
                if (check == 11) {
                    check = 0;
                }
                if (check != 10) {
                    return body + check;
                }
            }
        }

        private @Nullable String practiceName(@Nullable UUID practice) {
            return context.all(GP_PRACTICE).stream().filter(p -> p.id().equals(practice)).map(p -> p.name())
                    .findFirst().orElse(null);
        }

        private boolean chance(double percent) {
            return random.nextDouble() * 100 < percent;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    private record Target(UUID id, boolean practice, String reason, @Nullable String user) {
    }

    /** A weighted choice. */
    private static final class Weighted<T> {

        private final List<T> values = new ArrayList<>();
        private final List<Integer> cumulative = new ArrayList<>();
        private int total;

        Weighted<T> add(int weight, T value) {
            total += weight;
            values.add(value);
            cumulative.add(total);
            return this;
        }

        T pick(Random random) {
            int roll = random.nextInt(total);
            for (int i = 0; i < values.size(); i++) {
                if (roll < cumulative.get(i)) {
                    return values.get(i);
                }
            }
            throw new IllegalStateException();
        }
    }
}
