package org.onedoor.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
 * Unsuppressed, so only provider-side callers holding {@link Privilege#INDICATORS_VIEW_UNSUPPRESSED} get them;
 * commissioners and API clients are refused with the reason until the monitoring screens' suppression rule exists.
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

    @GetMapping("/api/v1/indicators")
    @Operation(
            summary = "Indicators for a scope and period",
            description = "Every indicator (or those named) for the window from..to, or with monthly=true for each"
                    + " window ending in one of those months (rolling 12 months; one month for monthly"
                    + " indicators). Records dated after asOf (default today) are ignored; a window is provisional"
                    + " until asOf is 6 calendar months past its end. Percentages carry 95% Wilson intervals."
                    + " Figures are unsuppressed: provider-side team managers and data officers only.")
    IndicatorReport indicators(
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
        if (!mayReadUnsuppressed()) {
            throw new AccessRefused(Messages.text("indicators.api.providerSideOnly"));
        }
        IndicatorScope chosen = scope(scope, organisation, agency);
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        List<IndicatorRow> rows = indicators.compute(
                new IndicatorRequest(indicator == null ? List.of() : indicator, chosen, from, to, day, monthly));
        return new IndicatorReport(scope, organisation, from, to, day, rows);
    }

    /** Whoever calls (a person or an API client) holds the privilege among their authorities. */
    private static boolean mayReadUnsuppressed() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null
                && caller.getAuthorities().stream()
                        .anyMatch(a ->
                                Privilege.INDICATORS_VIEW_UNSUPPRESSED.name().equals(a.getAuthority()));
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
