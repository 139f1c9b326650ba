package org.onedoor.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Waiting-time data for monitoring and commissioners: pseudonymous, one row per referral, with a summary. */
@RestController
@Tag(name = "Waiting times", description = "The SPOC's waiting clocks, for monitoring")
class WaitingTimeApiController {

    private final WaitingTimes waitingTimes;

    WaitingTimeApiController(WaitingTimes waitingTimes) {
        this.waitingTimes = waitingTimes;
    }

    /**
     * The summary and the rows behind it: how many were received, started treatment, are still waiting, and waited
     * longer than the standard for the start ({@code breaches}) and for the first offer ({@code offerBreaches}).
     * Referrals closed without treatment stopped waiting when they closed and are never breaches.
     */
    record WaitingTimeReport(
            LocalDate from,
            LocalDate to,
            long referrals,
            long startedTreatment,
            long stillWaiting,
            long breaches,
            long offered,
            long offerBreaches,
            List<WaitingTime> items) {}

    @GetMapping("/api/v1/waiting-times")
    @Operation(
            summary = "Waiting times of referrals received in a period",
            description = "Days from receipt to triage, to the first appointment offered and to the first "
                    + "intervention for every referral received between the dates (inclusive). A referral waits "
                    + "until its first intervention starts or it is closed; breaches count starts after more days "
                    + "than the standard and referrals still waiting past it, never closed ones.")
    @PreAuthorize("hasAuthority('WAITING_TIMES_VIEW')")
    public WaitingTimeReport waitingTimes(
            @Parameter(example = "2026-04-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(example = "2027-03-31") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        List<WaitingTime> items = waitingTimes.receivedBetween(from, to);
        return new WaitingTimeReport(
                from,
                to,
                items.size(),
                count(items, w -> w.firstInterventionStartedOn() != null),
                count(items, WaitingTime::stillWaiting),
                count(items, WaitingTime::breach),
                count(items, w -> w.firstAppointmentOfferedOn() != null),
                count(items, WaitingTime::offerBreach),
                items);
    }

    private static long count(List<WaitingTime> items, Predicate<WaitingTime> which) {
        return items.stream().filter(which).count();
    }
}
