package org.onedoor.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.assessment.cohort.CohortBreakdown;
import org.onedoor.assessment.cohort.CohortFilter;
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
 * Cohort outcome measures for managers, commissioners and data officers: a GOV.UK table per cohort (team or
 * practice, partner or substance group) with the period, team or practice, partner and substance group as filters,
 * and the same figures as JSON. Small numbers are suppressed in both. A date
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
            @RequestParam(required = false) @Nullable String partner,
            @RequestParam(required = false) @Nullable String substanceGroup,
            @RequestParam(required = false) @Nullable String by,
            Model model,
            HttpServletResponse response) {
        CohortFilterForm form =
                CohortFilterForm.read(from, to, organisation, partner, substanceGroup, by, LocalDate.now(clock));
        model.addAttribute("filter", form);
        model.addAttribute("measures", OutcomeMeasure.values());
        model.addAttribute("breakdowns", CohortBreakdown.values());
        model.addAttribute("substanceGroups", ReportingSubstanceGroup.values());
        model.addAttribute("organisations", cohorts.choices(CohortBreakdown.ORGANISATION));
        model.addAttribute("partners", cohorts.choices(CohortBreakdown.PARTNER));
        if (!form.problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("rows", List.of());
            return "assessment/cohorts";
        }
        model.addAttribute("rows", cohorts.count(form.filter()));
        return "assessment/cohorts";
    }

    @Operation(
            operationId = "cohortOutcomes",
            summary = "Outcome measures by team or practice, partner or substance group for a period",
            description = "Each measure's clients with the problem at the start and those who met it at the six-month"
                    + " review; counts of 1 to 4 are suppressed. Dates are yyyy-MM-dd; organisation and partner are"
                    + " ids; substanceGroup is OPIATE, NON_OPIATE_ONLY, NON_OPIATE_AND_ALCOHOL or ALCOHOL_ONLY; by is"
                    + " ORGANISATION (the default), PARTNER or SUBSTANCE_GROUP. A bad value is a 400 whose problems"
                    + " name the field.")
    @GetMapping(value = "/outcomes/cohorts.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> json(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String partner,
            @RequestParam(required = false) @Nullable String substanceGroup,
            @RequestParam(required = false) @Nullable String by) {
        CohortFilterForm form =
                CohortFilterForm.read(from, to, organisation, partner, substanceGroup, by, LocalDate.now(clock));
        Map<String, Object> body = new LinkedHashMap<>();
        if (!form.problems().isEmpty()) {
            body.put("problems", form.problems());
            return ResponseEntity.badRequest().body(body);
        }
        CohortFilter filter = form.filter();
        body.put("from", filter.from().toString());
        body.put("to", filter.to().toString());
        body.put("by", filter.by().name());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CohortRow row : cohorts.count(filter)) {
            Map<String, Object> cohort = new LinkedHashMap<>();
            cohort.put("key", row.key());
            cohort.put("label", row.label());
            if (filter.by() == CohortBreakdown.ORGANISATION) {
                cohort.put("organisationId", row.key());
                cohort.put("organisation", row.label());
            }
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
}
