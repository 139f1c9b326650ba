package org.onedoor.referral;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    /** The summary and the rows behind it. */
    record WaitingTimeReport(LocalDate from, LocalDate to, long referrals, long startedTreatment,
                             long breaches, List<WaitingTime> items) {
    }

    @GetMapping("/api/v1/waiting-times")
    @Operation(summary = "Waiting times of referrals received in a period",
            description = "Days from receipt to triage and to the first intervention for every referral received "
                    + "between the dates (inclusive), and how many waited longer than the standard.")
    @PreAuthorize("hasAuthority('WAITING_TIMES_VIEW')")
    public WaitingTimeReport waitingTimes(
            @Parameter(example = "2026-04-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(example = "2027-03-31") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<WaitingTime> items = waitingTimes.receivedBetween(from, to);
        return new WaitingTimeReport(from, to, items.size(),
                items.stream().filter(w -> w.firstInterventionStartedOn() != null).count(),
                items.stream().filter(WaitingTime::breach).count(), items);
    }
}
