package org.onedoor.client.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.AccessReviews;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The IG lead's access reports for a period: views outside the viewer's caseload, and unusual volumes. */
@Controller
class AccessReportController {

    static final int PAGE_SIZE = 25;
    static final int DEFAULT_DAYS = 30;

    private final AccessReviews reviews;
    private final Clock clock;

    AccessReportController(AccessReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @GetMapping("/ig/access-reports")
    String reports(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String threshold,
            @RequestParam(defaultValue = "1") int outsidePage,
            @RequestParam(defaultValue = "1") int volumePage,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate start = date(from, today.minusDays(DEFAULT_DAYS - 1), "from", "start", errors);
        LocalDate end = date(to, today, "to", "end", errors);
        Integer limit = threshold(threshold, errors);
        model.addAttribute("from", blank(from) ? start.toString() : from.strip());
        model.addAttribute("to", blank(to) ? end.toString() : to.strip());
        model.addAttribute("threshold", blank(threshold) ? null : threshold.strip());
        model.addAttribute("defaultThreshold", reviews.defaultThreshold());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            return "client/access-reports";
        }
        try {
            model.addAttribute(
                    "outside", reviews.outsideCaseload(start, end, ResultPage.indexOf(outsidePage), PAGE_SIZE));
            model.addAttribute(
                    "volumes", reviews.unusualVolumes(start, end, limit, ResultPage.indexOf(volumePage), PAGE_SIZE));
        } catch (DomainRuleViolation broken) {
            errors.put(broken.field() == null ? "from" : broken.field(), broken.getMessage());
            return "client/access-reports";
        }
        model.addAttribute("usedThreshold", limit == null ? reviews.defaultThreshold() : limit);
        model.addAttribute("outsideLinks", PageLinks.of("outsidePage"));
        model.addAttribute("volumeLinks", PageLinks.of("volumePage"));
        return "client/access-reports";
    }

    private static LocalDate date(
            @Nullable String typed, LocalDate otherwise, String field, String which, Map<String, String> errors) {
        if (blank(typed)) {
            return otherwise;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException wrong) {
            errors.put(field, "Enter the " + which + " date as a real date, for example " + otherwise.toString());
            return otherwise;
        }
    }

    private static @Nullable Integer threshold(@Nullable String typed, Map<String, String> errors) {
        if (blank(typed)) {
            return null;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException wrong) {
            // reported below
        }
        errors.put("threshold", Messages.text("client.threshold.notANumber"));
        return null;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
