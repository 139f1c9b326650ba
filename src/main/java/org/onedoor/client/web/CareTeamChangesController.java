package org.onedoor.client.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.CareTeamChanges;
import org.onedoor.shared.DomainRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The IG lead's review of care-team changes in a period (the last 30 days unless chosen). */
@Controller
class CareTeamChangesController {

    private final CareTeamChanges changes;
    private final Clock clock;

    CareTeamChangesController(CareTeamChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping("/ig/care-team-changes")
    String changes(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate start = date(from, today.minusDays(AccessReportController.DEFAULT_DAYS - 1), "from", "start", errors);
        LocalDate end = date(to, today, "to", "end", errors);
        model.addAttribute("from", from == null || from.isBlank() ? start.toString() : from.strip());
        model.addAttribute("to", to == null || to.isBlank() ? end.toString() : to.strip());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            try {
                model.addAttribute(
                        "changes",
                        changes.between(start, end, Math.max(1, page) - 1, AccessReportController.PAGE_SIZE));
                model.addAttribute("links", PageLinks.of("page"));
            } catch (DomainRuleViolation broken) {
                errors.put(broken.field() == null ? "from" : broken.field(), broken.getMessage());
            }
        }
        return "client/care-team-changes";
    }

    private static LocalDate date(
            @Nullable String typed, LocalDate otherwise, String field, String which, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException wrong) {
            errors.put(field, "Enter the " + which + " date as a real date, for example " + otherwise);
            return otherwise;
        }
    }
}
