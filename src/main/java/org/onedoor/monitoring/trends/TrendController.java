package org.onedoor.monitoring.trends;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The emerging-trends page: one month's substances, flagged ones first, with the year before for comparison. */
@Controller
class TrendController {

    private final SubstanceTrends trends;
    private final TrendSettings settings;
    private final Clock clock;

    TrendController(SubstanceTrends trends, TrendSettings settings, Clock clock) {
        this.trends = trends;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/monitoring/trends")
    String trends(@RequestParam(required = false) @Nullable String month, Model model) {
        YearMonth lastComplete = YearMonth.now(clock).minusMonths(1);
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth asked = lastComplete;
        if (month != null && !month.isBlank()) {
            try {
                asked = YearMonth.parse(month.strip());
            } catch (DateTimeParseException notAMonth) {
                errors.put("month", Messages.text("monitoring.month.invalid"));
            }
        }
        if (errors.isEmpty()) {
            try {
                model.addAttribute("report", trends.month(asked));
            } catch (DomainRuleViolation refused) {
                errors.put("month", refused.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("hasErrors", true);
            model.addAttribute("report", trends.month(lastComplete));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("typedMonth", month == null ? asked.toString() : month);
        model.addAttribute("settings", settings);
        return "monitoring/trends/trends";
    }
}
