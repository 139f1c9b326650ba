package org.onedoor.demo;

import static org.onedoor.demo.DemoArrivals.SPOC;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.partnership.PracticeOfferAvailability;
import org.onedoor.referral.HistoricReferral;
import org.onedoor.referral.NewReferral;
import org.onedoor.referral.Risk;
import org.onedoor.referral.RoutingPolicy;
import org.onedoor.referral.RoutingProposal;
import org.onedoor.referral.TriageOutcome;

/**
 * What became of one demo referral by the cut-off: triaged and closed with a reason, or allocated where
 * {@link RoutingPolicy} proposes (now and then overridden with a reason, counting the places this generation has
 * taken) and accepted or returned, with the waiting clock's later stops; a few stay stuck so the queue shows breaches.
 */
final class DemoReferralLifecycle {

    private static final Weighted<TriageOutcome> CLOSING = new Weighted<TriageOutcome>()
            .add(30, TriageOutcome.ADVICE_ONLY)
            .add(22, TriageOutcome.BRIEF_INTERVENTION_AT_SPOC)
            .add(16, TriageOutcome.REFER_OUTSIDE)
            .add(20, TriageOutcome.DECLINED_BY_CLIENT)
            .add(12, TriageOutcome.INAPPROPRIATE);
    private static final Map<TriageOutcome, List<String>> CLOSING_REASONS = Map.of(
            TriageOutcome.ADVICE_ONLY,
                    List.of(
                            "Wanted advice on cutting down; information sent",
                            "Low-risk drinking on AUDIT-C; advice on units given",
                            "Asked about safer use; harm-reduction advice given"),
            TriageOutcome.BRIEF_INTERVENTION_AT_SPOC,
                    List.of(
                            "Brief intervention on the phone; happy to manage",
                            "Brief intervention delivered; will self-refer again if needed"),
            TriageOutcome.REFER_OUTSIDE,
                    List.of(
                            "Lives outside the partnership area; referred to home service",
                            "Under 18; referred to the young people's service",
                            "Needs inpatient detox; referred to regional unit"),
            TriageOutcome.DECLINED_BY_CLIENT,
                    List.of(
                            "Declined support when called back",
                            "No response after three attempts to contact",
                            "Client does not want treatment at present"),
            TriageOutcome.INAPPROPRIATE,
                    List.of(
                            "Duplicate of an existing referral",
                            "Gambling only; signposted to gambling support",
                            "Referred without the client's consent"));
    private static final List<String> RETURN_REASONS = List.of(
            "Patient has moved away",
            "Needs more than the practice can offer; specialist assessment advised",
            "Patient registered elsewhere",
            "Clinician on leave; no places after all this month");

    private final DemoContext context;
    private final Random random;
    private final ZoneId zone;
    private final Instant cutOff;
    private final PracticeMenu menu;
    private final Map<String, String> groupOf;
    private final Map<UUID, String> practiceUsers;
    private final OrganisationSummary leadProvider;
    private final List<OrganisationSummary> partners;
    private final Map<String, String> interventionLabels = new HashMap<>();
    private final Map<String, String> groupLabels = new HashMap<>();
    private final Map<String, List<PracticeOfferAvailability>> offers = new HashMap<>();
    private final Map<String, Integer> placesUsed = new HashMap<>();

    DemoReferralLifecycle(
            DemoContext context,
            ZoneId zone,
            PracticeMenu menu,
            Map<String, String> groupOf,
            Map<UUID, String> practiceUsers,
            OrganisationSummary leadProvider,
            List<OrganisationSummary> partners) {
        this.context = context;
        this.random = context.random;
        this.zone = zone;
        this.cutOff = context.today.atStartOfDay(zone).toInstant();
        this.menu = menu;
        this.groupOf = groupOf;
        this.practiceUsers = practiceUsers;
        this.leadProvider = leadProvider;
        this.partners = partners;
        menu.interventions().forEach(c -> interventionLabels.put(c.code(), c.label()));
        menu.substanceGroups().forEach(c -> groupLabels.put(c.code(), c.label()));
    }

    HistoricReferral lifecycle(NewReferral details, Instant received, String receivedBy, LocalDate date) {
        long age = ChronoUnit.DAYS.between(date, context.today);
        boolean urgent = details.risks().stream()
                .anyMatch(r -> r != Risk.INJECTING && r != Risk.CHILDREN_IN_HOUSEHOLD && r != Risk.NO_FIXED_ABODE);
        // Where an open referral is stuck: a handful of old ones breach; recent ones are still in progress.
        int stuckAt = 9;
        if (age > 21 ? chance(1.2) : chance(25.0 * (21 - age) / 21)) {
            int roll = random.nextInt(100);
            stuckAt = roll < 35 ? 0 : roll < 65 ? 1 : roll < 90 ? 2 : 3;
        }
        Instant triagedAt = working(received.plus(
                urgent
                        ? Duration.ofMinutes(30 + random.nextInt(240))
                        : Duration.ofMinutes(60 + random.nextInt(3 * 24 * 60))));
        if (stuckAt == 0 || triagedAt.isAfter(cutOff)) {
            return new HistoricReferral(details, received, receivedBy, null, null, null, null, null);
        }
        String group = groupOf.get(details.substances().get(0));
        boolean closing = chance(33);
        String intervention = closing ? null : intervention(group);
        TriageOutcome outcome = closing ? CLOSING.pick(random) : TriageOutcome.ALLOCATE_TO_PRACTICE;
        Instant allocatedAt =
                working(triagedAt.plus(Duration.ofMinutes(5 + random.nextInt(chance(45) ? 60 : 2 * 24 * 60))));
        LocalDate allocatedOn = LocalDate.ofInstant(allocatedAt, zone);
        Target target = closing ? null : target(details.gpPracticeId(), intervention, group, allocatedOn);
        if (target != null && !target.practice()) {
            outcome = TriageOutcome.ALLOCATE_TO_PARTNER;
        }
        String reason = closing ? pick(CLOSING_REASONS.get(outcome)) : triageReason(group, intervention);
        HistoricReferral.Triage triage =
                new HistoricReferral.Triage(triagedAt, SPOC, outcome, reason, intervention, closing ? null : group);
        if (closing || stuckAt == 1 || allocatedAt.isAfter(cutOff)) {
            return new HistoricReferral(details, received, receivedBy, triage, null, null, null, null);
        }
        if (target.practice()) {
            placesUsed.merge(
                    target.id() + "|" + intervention + "|" + group + "|" + allocatedOn.withDayOfMonth(1),
                    1,
                    Integer::sum);
        }
        HistoricReferral.Allocation allocation = new HistoricReferral.Allocation(
                allocatedAt, SPOC, target.id(), target.reason(), target.overrideReason());
        Instant answeredAt = working(allocatedAt.plus(Duration.ofHours(2 + random.nextInt(6 * 24))));
        if (stuckAt == 2 || answeredAt.isAfter(cutOff)) {
            return new HistoricReferral(details, received, receivedBy, triage, allocation, null, null, null);
        }
        String answeredBy = target.practice() ? practiceUsers.getOrDefault(target.id(), "practice") : target.user();
        boolean returned = stuckAt == 3 || ChronoUnit.DAYS.between(answeredAt, cutOff) < 10 && chance(8);
        if (returned) {
            return new HistoricReferral(
                    details,
                    received,
                    receivedBy,
                    triage,
                    allocation,
                    HistoricReferral.Answer.returned(answeredAt, answeredBy, pick(RETURN_REASONS)),
                    null,
                    null);
        }
        LocalDate acceptedOn = LocalDate.ofInstant(answeredAt, zone);
        LocalDate offered = chance(85) ? acceptedOn.plusDays(2 + random.nextInt(19)) : null;
        LocalDate started = offered != null && chance(80) ? offered.plusDays(random.nextInt(15)) : null;
        offered = offered != null && offered.isBefore(context.today) ? offered : null;
        started = offered != null && started != null && started.isBefore(context.today) ? started : null;
        return new HistoricReferral(
                details,
                received,
                receivedBy,
                triage,
                allocation,
                HistoricReferral.Answer.accepted(answeredAt, answeredBy),
                offered,
                started);
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
                .stream()
                .map(offer -> withPlacesTaken(offer, on))
                .toList();
        RoutingProposal proposal = RoutingPolicy.propose(own, need, available, leadProvider, partners);
        RoutingProposal.Option partner = proposal.alternatives().stream()
                .filter(o -> !o.practice() && o.note().startsWith("Partner"))
                .findFirst()
                .orElse(null);
        if (partner != null && (group.equals("OPIATES") || group.equals("CRACK_COCAINE")) && chance(15)) {
            return new Target(
                    partner.organisationId(),
                    false,
                    proposal.reason(),
                    "Harm reduction and engagement first with " + partner.name(),
                    partner.organisationId()
                                    .equals(context.first(OrganisationType.PARTNER_PROVIDER)
                                            .id())
                            ? DemoAccount.PARTNER
                            : "safer.streets");
        }
        RoutingProposal.Option practice = proposal.alternatives().stream()
                .filter(RoutingProposal.Option::practice)
                .findFirst()
                .orElse(null);
        if (proposal.practice() && practice != null && chance(8)) {
            return new Target(
                    practice.organisationId(),
                    true,
                    proposal.reason(),
                    "The client asked to be seen nearer work",
                    null);
        }
        return new Target(
                proposal.organisationId(),
                proposal.practice(),
                proposal.reason(),
                null,
                proposal.practice() ? null : "recovery");
    }

    private PracticeOfferAvailability withPlacesTaken(PracticeOfferAvailability offer, LocalDate on) {
        if (offer.monthlyCapacity() == null) {
            return offer;
        }
        int used = placesUsed.getOrDefault(
                offer.practiceId() + "|" + offer.intervention() + "|" + offer.substanceGroup() + "|"
                        + on.withDayOfMonth(1),
                0);
        return new PracticeOfferAvailability(
                offer.practiceId(),
                offer.odsCode(),
                offer.practiceName(),
                offer.intervention(),
                offer.substanceGroup(),
                offer.monthlyCapacity(),
                used,
                Math.max(0, offer.monthlyCapacity() - used));
    }

    private String intervention(String group) {
        int roll = random.nextInt(100);
        return switch (group) {
            case "ALCOHOL" ->
                roll < 20 ? "BRIEF_ADVICE" : roll < 65 ? "EXTENDED_BRIEF_INTERVENTION" : "STRUCTURED_PSYCHOSOCIAL";
            case "OPIATES" -> roll < 55 ? "SHARED_CARE_PRESCRIBING" : "STRUCTURED_PSYCHOSOCIAL";
            case "CANNABIS", "MEDICINES" -> roll < 45 ? "BRIEF_ADVICE" : "STRUCTURED_PSYCHOSOCIAL";
            case "CRACK_COCAINE" -> roll < 30 ? "EXTENDED_BRIEF_INTERVENTION" : "STRUCTURED_PSYCHOSOCIAL";
            default -> "STRUCTURED_PSYCHOSOCIAL";
        };
    }

    private String triageReason(String group, String intervention) {
        return switch (group) {
            case "ALCOHOL" ->
                pick(List.of(
                        "AUDIT-C positive; wants support near home",
                        "AUDIT score in the harmful range; motivated to cut down",
                        "Drinking daily; wants help before it gets worse"));
            case "OPIATES" ->
                intervention.equals("SHARED_CARE_PRESCRIBING")
                        ? "Stable on illicit supply; wants a prescription and to stay with own GP"
                        : "Using daily; wants psychosocial support alongside harm reduction";
            default ->
                pick(List.of(
                        "Wants structured support to stop",
                        "Motivated; ready to start now",
                        "Using most days; affecting work and family"));
        };
    }

    /** Moves a time outside office hours (weekdays 9:00 to 17:00) to the next morning's office hours. */
    private Instant working(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (local.toLocalTime().isBefore(LocalTime.of(9, 0))
                && day.getDayOfWeek().getValue() < 6) {
            return day.atTime(9, random.nextInt(60)).atZone(zone).toInstant();
        }
        if (local.toLocalTime().isBefore(LocalTime.of(17, 0))
                && day.getDayOfWeek().getValue() < 6) {
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

    /** Where a referral went, the proposal's reason, and the override reason when the worker chose elsewhere. */
    private record Target(
            UUID id,
            boolean practice,
            String reason,
            @Nullable String overrideReason,
            @Nullable String user) {}
}
