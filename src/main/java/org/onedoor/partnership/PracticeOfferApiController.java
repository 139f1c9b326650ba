package org.onedoor.partnership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Which GP practices offer an intervention for a substance group on a date, with the places they have left. */
@RestController
@RequestMapping("/api/v1/practice-offers")
@Tag(name = "Practice offers", description = "The practice service menu, for routing referrals")
class PracticeOfferApiController {

    private static final String TYPE_BASE = "https://onedoor.example/problems/";

    private final PracticeMenu menu;
    private final Clock clock;

    PracticeOfferApiController(PracticeMenu menu, Clock clock) {
        this.menu = menu;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
    @Operation(
            summary = "Practices offering an intervention",
            description = "GP practices whose menu offers the intervention for the substance group on the date, "
                    + "by name, with monthly capacity, places held that month and places left (absent: no limit).")
    public PracticeOffersResponse offering(
            @Parameter(description = "Intervention code, such as EXTENDED_BRIEF_INTERVENTION", required = true)
                    @RequestParam
                    String intervention,
            @Parameter(description = "Substance group code, such as ALCOHOL", required = true) @RequestParam
                    String substanceGroup,
            @Parameter(description = "ISO date (yyyy-mm-dd); today when absent")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate date) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        List<Item> items = menu.offering(intervention, substanceGroup, on).stream()
                .map(Item::of)
                .toList();
        return new PracticeOffersResponse(intervention, substanceGroup, on, items, items.size());
    }

    /** An unknown code in the query is bad input (400), not a conflict with the state of the menu. */
    @ExceptionHandler(DomainRuleViolation.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unknownCode(DomainRuleViolation violation) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, violation.getMessage());
        problem.setType(URI.create(TYPE_BASE + violation.code().toLowerCase().replace('_', '-')));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty("code", violation.code());
        problem.setProperty(
                "errors",
                violation.problems().stream()
                        .map(error -> Map.of("field", error.field(), "code", error.code(), "message", error.message()))
                        .toList());
        return problem;
    }

    /** The practices offering one intervention for one substance group on a date. */
    record PracticeOffersResponse(
            String intervention, String substanceGroup, LocalDate date, List<Item> items, int totalItems) {}

    /**
     * One practice offering it.
     *
     * @param monthlyCapacity absent for no stated limit
     * @param remaining       places left in the month of the date; absent for no limit
     */
    record Item(
            UUID practiceId,
            String odsCode,
            String practiceName,
            @Nullable Integer monthlyCapacity,
            int heldThisMonth,
            @Nullable Integer remaining,
            boolean hasCapacity) {

        static Item of(PracticeOfferAvailability offer) {
            return new Item(
                    offer.practiceId(),
                    offer.odsCode(),
                    offer.practiceName(),
                    offer.monthlyCapacity(),
                    offer.heldThisMonth(),
                    offer.remaining(),
                    offer.hasCapacity());
        }
    }
}
