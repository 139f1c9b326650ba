package org.onedoor.referral;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One referral's waiting clock (domain reference §3.8): received (REFMODDT), triaged, first appointment offered
 * (FAOMODDT) and first intervention started (MODST), with the days from receipt to each. A referral waits from
 * receipt until its first intervention starts or it is closed without one; only while it waits do the days run on
 * (to the day asked about). A breach is a wait to the start over the standard: a start after more days, or a referral
 * still waiting past it. A closed referral is not waiting and is never a breach. The offer is measured the same way:
 * an offer after more days, or none yet while still waiting past the standard.
 *
 * @param closedOn        the day a referral was closed without treatment (closing stops its clock), else absent
 * @param stillWaiting    neither started nor closed
 * @param daysWaited      from receipt to the start, to the closure, or (still waiting) to the day asked about
 * @param breach          waited longer than the standard for the first intervention
 * @param offerBreach     waited longer than the standard for the first appointment offer
 */
public record WaitingTime(
        UUID referralId,
        String status,
        boolean urgent,
        LocalDate receivedOn,
        @Nullable LocalDate triagedOn,
        @Nullable LocalDate firstAppointmentOfferedOn,
        @Nullable LocalDate firstInterventionStartedOn,
        @Nullable LocalDate closedOn,
        @Nullable Long daysToTriage,
        @Nullable Long daysToFirstOffer,
        @Nullable Long daysToFirstIntervention,
        boolean stillWaiting,
        long daysWaited,
        boolean breach,
        boolean offerBreach) {

    /** The clock of one referral as it stands on {@code today}, against a standard of {@code standardDays}. */
    static WaitingTime of(
            UUID referralId,
            ReferralStatus status,
            boolean urgent,
            LocalDate received,
            @Nullable LocalDate triaged,
            @Nullable LocalDate offered,
            @Nullable LocalDate started,
            @Nullable LocalDate closed,
            LocalDate today,
            long standardDays) {
        @Nullable
        LocalDate closedWithoutStart =
                started == null && status == ReferralStatus.CLOSED ? (closed == null ? received : closed) : null;
        boolean waiting = started == null && closedWithoutStart == null;
        LocalDate clockStopped = started != null ? started : closedWithoutStart != null ? closedWithoutStart : today;
        long waited = Math.max(0, ChronoUnit.DAYS.between(received, clockStopped));
        @Nullable Long toOffer = days(received, offered);
        @Nullable Long toStart = days(received, started);
        boolean breach = toStart != null ? toStart > standardDays : waiting && waited > standardDays;
        boolean offerBreach = toOffer != null ? toOffer > standardDays : waiting && waited > standardDays;
        return new WaitingTime(
                referralId,
                status.name(),
                urgent,
                received,
                triaged,
                offered,
                started,
                closedWithoutStart,
                days(received, triaged),
                toOffer,
                toStart,
                waiting,
                waited,
                breach,
                offerBreach);
    }

    private static @Nullable Long days(LocalDate from, @Nullable LocalDate to) {
        return to == null ? null : ChronoUnit.DAYS.between(from, to);
    }
}
