package org.onedoor.monitoring.alerts;

import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reporting an unusual drug effect (any member of staff), and the clinical lead's list and review of reports. */
@Controller
class DrugEffectController {

    static final int PAGE_SIZE = 20;

    private final DrugEffectReports reports;
    private final Clock clock;

    DrugEffectController(DrugEffectReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @GetMapping("/monitoring/drug-effects/new")
    String initReportForm(Model model) {
        model.addAttribute(FORM, AlertForms.Report.empty());
        return reportPage(model);
    }

    @PostMapping("/monitoring/drug-effects/new")
    String processReportForm(
            @ModelAttribute(FORM) AlertForms.Report form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        NewDrugEffectReport report = form.read(errors);
        try {
            FieldProblems.Collector problems = NewDrugEffectReport.PROBLEMS.collector();
            report.check(LocalDate.now(clock), problems);
            problems.throwIfAny();
        } catch (FieldProblems found) {
            AlertForms.ERRORS.reject(errors, found);
        }
        return AlertForms.ERRORS
                .submit(errors, model, form, () -> reports.report(report))
                .thenRedirect(redirect, Messages.text("monitoring.flash.reported"), "/")
                .orShow(() -> reportPage(model));
    }

    private String reportPage(Model model) {
        model.addAttribute("severities", AlertForms.effectSeverities());
        return "monitoring/alerts/report";
    }

    @GetMapping("/monitoring/drug-effects")
    String reports(@RequestParam(defaultValue = "1") int page, Model model) {
        ResultPage<DrugEffectReport> results = reports.newestFirst(ResultPage.indexOf(page), PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("links", new AlertForms.PageLinks("/monitoring/drug-effects"));
        return "monitoring/alerts/reports";
    }

    @GetMapping("/monitoring/drug-effects/{id}")
    String report(@PathVariable UUID id, Model model) {
        model.addAttribute("report", reports.review(id));
        model.addAttribute(FORM, new AlertForms.Reason(null));
        return "monitoring/alerts/review";
    }

    @PostMapping("/monitoring/drug-effects/{id}/closure")
    String close(
            @PathVariable UUID id,
            @ModelAttribute(FORM) AlertForms.Reason form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return AlertForms.ERRORS
                .submit(errors, model, form, () -> reports.close(id, form.reason()))
                .thenRedirect(redirect, Messages.text("monitoring.flash.closed"), "/monitoring/drug-effects")
                .orShow(() -> {
                    model.addAttribute("report", reports.review(id));
                    return "monitoring/alerts/review";
                });
    }
}
