package org.onedoor.demo;

import static org.onedoor.demo.DemoArrivals.SPOC;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.referral.HistoricReferral;
import org.onedoor.referral.NewReferral;
import org.onedoor.referral.Risk;
import org.onedoor.referral.RoutingPolicy;
import org.onedoor.referral.TriageOutcome;

/**
 * What became of one demo referral by the cut-off: triaged and closed with a reason, or allocated where
 * {@link RoutingPolicy} proposes (now and then overridden with a reason, counting the places this generation has
 * taken) and accepted or returned, with the waiting clock's later stops; a few stay stuck so the queue shows breaches.
 */
final class DemoReferralLifecycle {

    private final DemoContext context;
    private final Random random;
    private final ZoneId zone;
    private final Instant cutOff;
    private final Map<String, String> groupOf;
    private final Map<UUID, String> practiceUsers;
    private final DemoRouting routing;

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
        this.groupOf = groupOf;
        this.practiceUsers = practiceUsers;
        this.routing = new DemoRouting(context, menu, leadProvider, partners);
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
        String intervention = closing ? null : DemoTriageWords.intervention(random, group);
        TriageOutcome outcome = closing ? DemoTriageWords.CLOSING.pick(random) : TriageOutcome.ALLOCATE_TO_PRACTICE;
        Instant allocatedAt =
                working(triagedAt.plus(Duration.ofMinutes(5 + random.nextInt(chance(45) ? 60 : 2 * 24 * 60))));
        LocalDate allocatedOn = LocalDate.ofInstant(allocatedAt, zone);
        DemoRouting.Target target =
                closing ? null : routing.target(details.gpPracticeId(), intervention, group, allocatedOn);
        if (target != null && !target.practice()) {
            outcome = TriageOutcome.ALLOCATE_TO_PARTNER;
        }
        String reason = closing
                ? DemoTriageWords.closingReason(random, outcome)
                : DemoTriageWords.triageReason(random, group, intervention);
        HistoricReferral.Triage triage =
                new HistoricReferral.Triage(triagedAt, SPOC, outcome, reason, intervention, closing ? null : group);
        if (closing || stuckAt == 1 || allocatedAt.isAfter(cutOff)) {
            return new HistoricReferral(details, received, receivedBy, triage, null, null, null, null);
        }
        if (target.practice()) {
            routing.takePlace(target.id(), intervention, group, allocatedOn);
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
                    HistoricReferral.Answer.returned(answeredAt, answeredBy, DemoTriageWords.returnReason(random)),
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
}
