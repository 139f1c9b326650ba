package org.onedoor.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.indicators.IndicatorRequest;
import org.onedoor.indicators.IndicatorRow;
import org.onedoor.indicators.IndicatorScope;
import org.onedoor.indicators.Indicators;
import org.onedoor.indicators.SmallNumbers;
import org.onedoor.indicators.SuppressedIndicatorRow;
import org.onedoor.security.Privilege;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same figures as the {@code indicators} command, as JSON, for the partnership, a provider or a GP practice.
 * Provider-side callers holding {@link Privilege#INDICATORS_VIEW_UNSUPPRESSED} get them as they are; commissioners and
 * their API clients ({@link Privilege#INDICATORS_VIEW}) get them through {@link SmallNumbers}, counts of 1 to 4 shown
 * as "&lt;5" and any count that would give one away as "[c]".
 */
@RestController
@Tag(name = "Indicators", description = "KPIs and PHOF C19a-c computed on request from the live record")
class IndicatorApiController {

    private final Indicators indicators;
    private final Clock clock;

    IndicatorApiController(Indicators indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
    }

    /** The request as understood and the figures, one per indicator, period and group. */
    record IndicatorReport(
            String scope,
            @Nullable UUID organisation,
            YearMonth from,
            YearMonth to,
            LocalDate asOf,
            List<IndicatorRow> rows) {}

    /** The same, as shown outside the provider side: small numbers suppressed, and a word on how. */
    record SuppressedIndicatorReport(
            String scope,
            @Nullable UUID organisation,
            YearMonth from,
            YearMonth to,
            LocalDate asOf,
            String suppression,
            List<SuppressedIndicatorRow> rows) {}

    @GetMapping("/api/v1/indicators")
    @Operation(
            summary = "Indicators for a scope and period",
            description = "Every indicator (or those named) for the window from..to, or with monthly=true for each"
                    + " window ending in one of those months (rolling 12 months; one month for monthly"
                    + " indicators). Records dated after asOf (default today) are ignored; a window is provisional"
                    + " until asOf is 6 calendar months past its end. Percentages carry 95% Wilson intervals."
                    + " Provider-side team managers and data officers get the figures unsuppressed; commissioners and"
                    + " their API clients get them with counts of 1 to 4 shown as <5, counts that would give one"
                    + " away as [c], and a percentage resting on a hidden count left out.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(oneOf = {IndicatorReport.class, SuppressedIndicatorReport.class})))
    Object indicators(
            @Parameter(description = "partnership, provider, practice or agency", example = "partnership")
                    @RequestParam(defaultValue = "partnership")
                    String scope,
            @Parameter(description = "the provider's or practice's organisation id (not for partnership)")
                    @RequestParam(required = false)
                    @Nullable
                    UUID organisation,
            @Parameter(description = "an NDTMS agency code (for the agency scope)", example = "N0852")
                    @RequestParam(required = false)
                    @Nullable
                    String agency,
            @Parameter(example = "2016-04") @RequestParam YearMonth from,
            @Parameter(example = "2017-03") @RequestParam YearMonth to,
            @Parameter(example = "2018-01-01")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate asOf,
            @Parameter(description = "indicator ids, such as C19a; all when none is given")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> indicator,
            @RequestParam(defaultValue = "false") boolean monthly) {
        boolean unsuppressed = holds(Privilege.INDICATORS_VIEW_UNSUPPRESSED);
        if (!unsuppressed && !holds(Privilege.INDICATORS_VIEW)) {
            throw new AccessRefused(Messages.text("indicators.api.refused"));
        }
        IndicatorScope chosen = scope(scope, organisation, agency);
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        List<IndicatorRow> rows = indicators.compute(
                new IndicatorRequest(indicator == null ? List.of() : indicator, chosen, from, to, day, monthly));
        if (unsuppressed) {
            return new IndicatorReport(scope, organisation, from, to, day, rows);
        }
        return new SuppressedIndicatorReport(
                scope,
                organisation,
                from,
                to,
                day,
                Messages.text("indicators.api.suppression"),
                SmallNumbers.suppress(rows));
    }

    /** Whoever calls (a person or an API client) holds the privilege among their authorities. */
    private static boolean holds(Privilege privilege) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null
                && caller.getAuthorities().stream()
                        .anyMatch(a -> privilege.name().equals(a.getAuthority()));
    }

    private static IndicatorScope scope(String scope, @Nullable UUID organisation, @Nullable String agency) {
        IndicatorScope.Kind kind;
        try {
            kind = IndicatorScope.Kind.valueOf(scope.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("UNKNOWN_SCOPE", "scope", Messages.text("indicators.scope.unknown"));
        }
        if (kind == IndicatorScope.Kind.PARTNERSHIP) {
            return IndicatorScope.partnership();
        }
        if (kind == IndicatorScope.Kind.AGENCY) {
            if (agency == null || agency.isBlank()) {
                throw new DomainRuleViolation("AGENCY_REQUIRED", "agency", Messages.text("indicators.agency.required"));
            }
            return IndicatorScope.agency(agency);
        }
        if (organisation == null) {
            throw new DomainRuleViolation(
                    "ORGANISATION_REQUIRED", "organisation", Messages.text("indicators.organisation.required"));
        }
        return new IndicatorScope(kind, organisation, null);
    }
}
