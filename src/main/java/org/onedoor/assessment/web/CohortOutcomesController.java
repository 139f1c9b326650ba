package org.onedoor.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.cohort.CohortOutcomes;
import org.onedoor.assessment.cohort.CohortRow;
import org.onedoor.assessment.cohort.MeasureCount;
import org.onedoor.assessment.cohort.OutcomeMeasure;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Cohort outcome measures for managers, commissioners and data officers: a GOV.UK table per organisation with the
 * period and organisation as filters, and the same figures as JSON. Small numbers are suppressed in both. A date
 * that is not a date, or a period that ends before it starts, gives the message at the field and a 400.
 */
@Controller
@Tag(name = "Cohort outcomes", description = "Outcome measures between start and the six-month review, by cohort")
class CohortOutcomesController {

    private final CohortOutcomes cohorts;
    private final Clock clock;

    CohortOutcomesController(CohortOutcomes cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @GetMapping("/outcomes/cohorts")
    String page(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String organisation,
            Model model,
            HttpServletResponse response) {
        Filter filter = Filter.read(from, to, organisation, LocalDate.now(clock));
        model.addAttribute("filter", filter);
        model.addAttribute("measures", OutcomeMeasure.values());
        if (!filter.problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("rows", List.of());
            model.addAttribute("organisations", List.of());
            return "assessment/cohorts";
        }
        model.addAttribute("organisations", cohorts.between(filter.fromDate(), filter.toDate(), null));
        model.addAttribute("rows", cohorts.between(filter.fromDate(), filter.toDate(), filter.organisationId()));
        return "assessment/cohorts";
    }

    @Operation(
            operationId = "cohortOutcomes",
            summary = "Outcome measures by organisation for a period",
            description = "Each measure's clients with the problem at the start and those who met it at the six-month"
                    + " review; counts of 1 to 4 are suppressed. Dates are yyyy-MM-dd; a bad date is a 400 whose"
                    + " problems name the field.")
    @GetMapping(value = "/outcomes/cohorts.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> json(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String organisation) {
        Filter filter = Filter.read(from, to, organisation, LocalDate.now(clock));
        Map<String, Object> body = new LinkedHashMap<>();
        if (!filter.problems().isEmpty()) {
            body.put("problems", filter.problems());
            return ResponseEntity.badRequest().body(body);
        }
        body.put("from", filter.fromDate().toString());
        body.put("to", filter.toDate().toString());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CohortRow row : cohorts.between(filter.fromDate(), filter.toDate(), filter.organisationId())) {
            Map<String, Object> cohort = new LinkedHashMap<>();
            cohort.put("organisationId", row.organisationId().toString());
            cohort.put("organisation", row.organisation());
            List<Map<String, Object>> measures = new ArrayList<>();
            for (MeasureCount count : row.measures()) {
                Map<String, Object> measure = new LinkedHashMap<>();
                measure.put("measure", count.measure().name());
                measure.put("label", count.measure().label());
                measure.put("suppressed", count.suppressed());
                measure.put("denominator", count.shownDenominator());
                measure.put("numerator", count.shownNumerator());
                BigDecimal percent = count.percent();
                measure.put("percent", percent);
                measures.add(measure);
            }
            cohort.put("measures", measures);
            rows.add(cohort);
        }
        body.put("cohorts", rows);
        return ResponseEntity.ok(body);
    }

    /** The filters as typed, read into dates (default: the 12 months to today) with a message per bad field. */
    record Filter(
            String from,
            String to,
            String organisation,
            LocalDate fromDate,
            LocalDate toDate,
            @Nullable UUID organisationId,
            Map<String, String> problems) {

        /** Years a period may name: any other is not a date anyone means, and not one every database holds. */
        static final int EARLIEST_YEAR = 1900;

        static final int LATEST_YEAR = 9999;

        static Filter read(@Nullable String from, @Nullable String to, @Nullable String organisation, LocalDate today) {
            Map<String, String> problems = new LinkedHashMap<>();
            LocalDate toDate = date(to, today, "to", "The end of the period", problems);
            LocalDate fromDate =
                    date(from, today.minusYears(1).plusDays(1), "from", "The start of the period", problems);
            if (problems.isEmpty() && fromDate.isAfter(toDate)) {
                problems.put("to", "The end of the period must be on or after its start");
            }
            UUID organisationId = null;
            if (organisation != null && !organisation.isBlank()) {
                try {
                    organisationId = UUID.fromString(organisation.strip());
                } catch (IllegalArgumentException notAnId) {
                    problems.put("organisation", "Choose an organisation from the list");
                }
            }
            return new Filter(
                    from == null ? fromDate.toString() : from,
                    to == null ? toDate.toString() : to,
                    organisation == null ? "" : organisation,
                    fromDate,
                    toDate,
                    organisationId,
                    problems);
        }

        private static LocalDate date(
                @Nullable String typed, LocalDate otherwise, String field, String what, Map<String, String> problems) {
            if (typed == null || typed.isBlank()) {
                return otherwise;
            }
            try {
                LocalDate date = LocalDate.parse(typed.strip());
                if (date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR) {
                    return date;
                }
            } catch (DateTimeParseException notADate) {
                // the same message as a date out of range
            }
            problems.put(field, what + " must be a real date, for example 2026-04-01");
            return otherwise;
        }
    }
}
