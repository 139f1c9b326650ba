package org.onedoor.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.partnership.PracticeOfferAvailability;
import org.onedoor.referral.HistoricEnquiry;
import org.onedoor.referral.HistoricReferral;
import org.onedoor.referral.NewReferral;
import org.onedoor.referral.ReferralCodes;
import org.onedoor.referral.ReferralImport;
import org.onedoor.referral.Risk;
import org.onedoor.referral.RoutingPolicy;
import org.onedoor.referral.RoutingProposal;
import org.onedoor.referral.TriageOutcome;

import static org.onedoor.demo.DemoArrivals.SPOC;
import static org.onedoor.partnership.OrganisationType.GP_PRACTICE;

/**
 * About six months of the single point of contact's work, day by day up to yesterday: {@code clients} referrals
 * from every channel ({@link DemoArrivals}) and half as many enquiries ({@link DemoEnquiries}). Older referrals have
 * been triaged and either closed with a reason or allocated where {@link RoutingPolicy} proposes (now and then
 * overridden with a reason) and accepted, with the waiting clock's later stops, or, rarely, returned. Recent ones
 * still wait in the queue, with a handful of old ones stuck past the waiting standard so the queue shows breaches.
 * Written through {@link ReferralImport}, in chunks, in order of receipt.
 */
@Component
class ReferralsStep implements DemoStep {

    private static final int DAYS = 182;
    private static final int CHUNK = 2000;

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

    private final ReferralImport imports;
    private final ReferralCodes codes;
    private final PracticeMenu menu;
    private final Directory directory;
    private final Clock clock;

    ReferralsStep(ReferralImport imports, ReferralCodes codes, PracticeMenu menu, Directory directory, Clock clock) {
        this.imports = imports;
        this.codes = codes;
        this.menu = menu;
        this.directory = directory;
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

    /** One generation: the random source, the cut-off and the places taken so far. */
    private final class Run {

        private final DemoContext context;
        private final Progress progress;
        private final Random random;
        private final ZoneId zone = clock.getZone();
        private final Instant cutOff;
        private final Map<String, String> groupOf;
        private final Map<String, String> interventionLabels = new HashMap<>();
        private final Map<String, String> groupLabels = new HashMap<>();
        private final Map<String, List<PracticeOfferAvailability>> offers = new HashMap<>();
        private final Map<String, Integer> placesUsed = new HashMap<>();
        private final Map<UUID, String> practiceUsers = new HashMap<>();
        private final DemoArrivals arrivals;
        private final OrganisationSummary leadProvider;
        private final List<OrganisationSummary> partners;

        Run(DemoContext context, Progress progress) {
            this.context = context;
            this.progress = progress;
            this.random = context.random;
            this.cutOff = context.today.atStartOfDay(zone).toInstant();
            this.groupOf = codes.substances(context.today).stream()
                    .collect(Collectors.toMap(ReferralCodes.Code::code, ReferralCodes.Code::group));
            menu.interventions().forEach(c -> interventionLabels.put(c.code(), c.label()));
            menu.substanceGroups().forEach(c -> groupLabels.put(c.code(), c.label()));
            var practices = context.all(GP_PRACTICE);
            for (int i = 0; i < practices.size(); i++) {
                practiceUsers.put(practices.get(i).id(), i == 0 ? "practice"
                        : "reception." + practices.get(i).odsCode().toLowerCase());
            }
            this.arrivals = new DemoArrivals(context, zone, groupOf, practiceUsers);
            this.leadProvider = directory.organisation(context.first(OrganisationType.LEAD_PROVIDER).id());
            this.partners = directory.activeOrganisations(OrganisationType.PARTNER_PROVIDER);
        }

        Run referrals() {
            List<HistoricReferral> chunk = new ArrayList<>();
            int[] perDay = spread(context.settings.clients(), false);
            for (int day = 0; day < DAYS; day++) {
                LocalDate date = context.today.minusDays(DAYS - day);
                List<HistoricReferral> today = new ArrayList<>();
                for (int n = 0; n < perDay[day]; n++) {
                    DemoArrivals.Arrival arrival = arrivals.arrive(date);
                    today.add(lifecycle(arrival.details(), arrival.receivedAt(), arrival.receivedBy(), date));
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
                    chunk.add(DemoEnquiries.on(date, random, zone, SPOC));
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
            String group = groupOf.get(details.substances().get(0));
            boolean closing = chance(33);
            String intervention = closing ? null : intervention(group);
            TriageOutcome outcome = closing ? CLOSING.pick(random) : TriageOutcome.ALLOCATE_TO_PRACTICE;
            Instant allocatedAt = working(triagedAt.plus(Duration.ofMinutes(5 + random.nextInt(chance(45) ? 60
                    : 2 * 24 * 60))));
            LocalDate allocatedOn = LocalDate.ofInstant(allocatedAt, zone);
            Target target = closing ? null : target(details.gpPracticeId(), intervention, group, allocatedOn);
            if (target != null && !target.practice()) {
                outcome = TriageOutcome.ALLOCATE_TO_PARTNER;
            }
            String reason = closing ? pick(CLOSING_REASONS.get(outcome)) : triageReason(group, intervention);
            HistoricReferral.Triage triage = new HistoricReferral.Triage(triagedAt, SPOC, outcome, reason,
                    intervention, closing ? null : group);
            if (closing || stuckAt == 1 || allocatedAt.isAfter(cutOff)) {
                return new HistoricReferral(details, received, receivedBy, triage, null, null, null, null);
            }
            if (target.practice()) {
                placesUsed.merge(target.id() + "|" + intervention + "|" + group + "|" + allocatedOn.withDayOfMonth(1),
                        1, Integer::sum);
            }
            HistoricReferral.Allocation allocation = new HistoricReferral.Allocation(allocatedAt, SPOC, target.id(),
                    target.reason(), target.overrideReason());
            Instant answeredAt = working(allocatedAt.plus(Duration.ofHours(2 + random.nextInt(6 * 24))));
            if (stuckAt == 2 || answeredAt.isAfter(cutOff)) {
                return new HistoricReferral(details, received, receivedBy, triage, allocation, null, null, null);
            }
            String answeredBy = target.practice() ? practiceUsers.getOrDefault(target.id(), "practice") : target.user();
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

        /**
         * Where routing proposes, counting the places this generation has already taken; now and then the worker
         * overrides it, with a reason, as real workers do.
         */
        private Target target(@Nullable UUID own, String intervention, String group, LocalDate on) {
            String need = interventionLabels.get(intervention).toLowerCase() + " for "
                    + groupLabels.get(group).toLowerCase();
            List<PracticeOfferAvailability> available = offers
                    .computeIfAbsent(intervention + "|" + group + "|" + on, k -> menu.offering(intervention, group, on))
                    .stream().map(offer -> withPlacesTaken(offer, on)).toList();
            RoutingProposal proposal = RoutingPolicy.propose(own, need, available, leadProvider, partners);
            RoutingProposal.Option partner = proposal.alternatives().stream()
                    .filter(o -> !o.practice() && o.note().startsWith("Partner")).findFirst().orElse(null);
            if (partner != null && (group.equals("OPIATES") || group.equals("CRACK_COCAINE")) && chance(15)) {
                return new Target(partner.organisationId(), false, proposal.reason(),
                        "Harm reduction and engagement first with " + partner.name(),
                        partner.organisationId().equals(context.first(OrganisationType.PARTNER_PROVIDER).id())
                                ? DemoAccount.PARTNER : "safer.streets");
            }
            RoutingProposal.Option practice = proposal.alternatives().stream()
                    .filter(RoutingProposal.Option::practice).findFirst().orElse(null);
            if (proposal.practice() && practice != null && chance(8)) {
                return new Target(practice.organisationId(), true, proposal.reason(),
                        "The client asked to be seen nearer work", null);
            }
            return new Target(proposal.organisationId(), proposal.practice(), proposal.reason(), null,
                    proposal.practice() ? null : "recovery");
        }

        private PracticeOfferAvailability withPlacesTaken(PracticeOfferAvailability offer, LocalDate on) {
            if (offer.monthlyCapacity() == null) {
                return offer;
            }
            int used = placesUsed.getOrDefault(offer.practiceId() + "|" + offer.intervention() + "|"
                    + offer.substanceGroup() + "|" + on.withDayOfMonth(1), 0);
            return new PracticeOfferAvailability(offer.practiceId(), offer.odsCode(), offer.practiceName(),
                    offer.intervention(), offer.substanceGroup(), offer.monthlyCapacity(), used,
                    Math.max(0, offer.monthlyCapacity() - used));
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

        private boolean chance(double percent) {
            return random.nextDouble() * 100 < percent;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    /** Where a referral went, the proposal's reason, and the override reason when the worker chose elsewhere. */
    private record Target(UUID id, boolean practice, String reason, @Nullable String overrideReason,
                          @Nullable String user) {
    }
}
