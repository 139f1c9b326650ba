package org.onedoor.ndtms.extract.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.ndtms.extract.NdtmsExtracts;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data officer's NDTMS screens: the history of extracts, the form that chooses an agency and a month, the
 * validation report with its download, and the download itself (streamed, never built in memory).
 */
@Controller
class ExtractController {

    static final int PAGE_SIZE = 25;

    private final NdtmsExtracts extracts;
    private final Clock clock;

    ExtractController(NdtmsExtracts extracts, Clock clock) {
        this.extracts = extracts;
        this.clock = clock;
    }

    @GetMapping("/ndtms/extracts")
    String history(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("results", extracts.history(ResultPage.indexOf(page), PAGE_SIZE));
        model.addAttribute("links", new PageLinks());
        model.addAttribute("zone", clock.getZone());
        return "ndtms/extracts";
    }

    @GetMapping("/ndtms/extracts/new")
    String form(Model model) {
        return form(null, null, Map.of(), model);
    }

    @GetMapping("/ndtms/extracts/report")
    String report(
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String month,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID providerId = providerOf(provider, errors);
        YearMonth period = monthOf(month, errors);
        if (providerId == null || period == null) {
            return form(provider, month, errors, model);
        }
        try {
            model.addAttribute("report", extracts.check(providerId, period));
        } catch (DomainRuleViolation refused) {
            errors.put(refused.field() == null ? "" : refused.field(), refused.getMessage());
            return form(provider, month, errors, model);
        }
        return "ndtms/extract-report";
    }

    @GetMapping("/ndtms/extracts/file")
    void file(
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String month,
            HttpServletResponse response)
            throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID providerId = providerOf(provider, errors);
        YearMonth period = monthOf(month, errors);
        if (providerId == null || period == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, String.join(" ", errors.values()));
            return;
        }
        String name = extracts.fileName(providerId, period);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        extracts.write(providerId, period, response.getOutputStream());
    }

    private String form(@Nullable String provider, @Nullable String month, Map<String, String> errors, Model model) {
        YearMonth now = YearMonth.now(clock);
        Map<String, String> months = new LinkedHashMap<>();
        for (int back = 0; back < 15; back++) {
            YearMonth m = now.minusMonths(back);
            months.put(
                    m.toString(),
                    m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                            + m.getYear());
        }
        model.addAttribute("providers", extracts.providers());
        model.addAttribute("months", months);
        model.addAttribute("provider", provider);
        model.addAttribute("month", month == null ? now.minusMonths(1).toString() : month);
        model.addAttribute("errors", errors);
        return "ndtms/extract-new";
    }

    private static @Nullable UUID providerOf(@Nullable String provider, Map<String, String> errors) {
        try {
            return UUID.fromString(String.valueOf(provider));
        } catch (IllegalArgumentException e) {
            errors.put("provider", Messages.text("ndtms.extract.provider.invalid"));
            return null;
        }
    }

    private @Nullable YearMonth monthOf(@Nullable String month, Map<String, String> errors) {
        try {
            YearMonth parsed = YearMonth.parse(String.valueOf(month));
            if (extracts.validMonth(parsed)) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.put("month", Messages.text("ndtms.extract.month.invalid"));
        return null;
    }

    /** Links to the pages of the history, numbered from 1. */
    public static final class PageLinks {

        public String pageLink(int page) {
            return "/ndtms/extracts?page=" + page;
        }
    }
}
