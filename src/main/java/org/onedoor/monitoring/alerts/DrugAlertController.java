package org.onedoor.monitoring.alerts;

import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
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

/** Issuing an alert from a report, the list of alerts with who acknowledged each, and withdrawing one. */
@Controller
class DrugAlertController {

    /** The flash after acknowledging, one key per outcome: {@code now}, {@code already}, {@code withdrawn}. */
    private static final String ACKNOWLEDGED = "monitoring.flash.ack.";

    private final DrugAlerts alerts;
    private final DrugEffectReports reports;
    private final Clock clock;

    DrugAlertController(DrugAlerts alerts, DrugEffectReports reports, Clock clock) {
        this.alerts = alerts;
        this.reports = reports;
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @GetMapping("/monitoring/drug-effects/{id}/alert")
    String initAlertForm(@PathVariable UUID id, Model model) {
        DrugEffectReport report = reports.review(id);
        model.addAttribute(
                FORM,
                new AlertForms.Alert(Messages.text("monitoring.alert.defaultTitle", report.substance()), null, null));
        return alertPage(report, model);
    }

    @PostMapping("/monitoring/drug-effects/{id}/alert")
    String processAlertForm(
            @PathVariable UUID id,
            @ModelAttribute(FORM) AlertForms.Alert form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID[] issued = new UUID[1];
        String done = AlertForms.ERRORS
                .submit(errors, model, form, () -> issued[0] = alerts.issue(id, form.read()))
                .thenRedirect(redirect, Messages.text("monitoring.flash.issued"), "/monitoring/alerts")
                .orShow(() -> alertPage(reports.review(id), model));
        return issued[0] == null ? done : "redirect:/monitoring/alerts/" + issued[0];
    }

    private String alertPage(DrugEffectReport report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("severities", AlertForms.alertSeverities());
        return "monitoring/alerts/issue";
    }

    @GetMapping("/monitoring/alerts")
    String alerts(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("results", alerts.newestFirst(ResultPage.indexOf(page), DrugEffectController.PAGE_SIZE));
        model.addAttribute("links", new AlertForms.PageLinks("/monitoring/alerts"));
        return "monitoring/alerts/alerts";
    }

    @GetMapping("/monitoring/alerts/{id}")
    String alert(@PathVariable UUID id, Model model) {
        model.addAttribute("alert", alerts.alert(id));
        model.addAttribute("acknowledgements", alerts.acknowledgements(id));
        return "monitoring/alerts/alert";
    }

    @GetMapping("/monitoring/alerts/{id}/withdrawal")
    String initWithdrawal(@PathVariable UUID id, Model model) {
        model.addAttribute("alert", alerts.alert(id));
        model.addAttribute(FORM, new AlertForms.Reason(null));
        return "monitoring/alerts/withdraw";
    }

    @PostMapping("/monitoring/alerts/{id}/withdrawal")
    String processWithdrawal(
            @PathVariable UUID id,
            @ModelAttribute(FORM) AlertForms.Reason form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return AlertForms.ERRORS
                .submit(errors, model, form, () -> alerts.withdraw(id, form.reason()))
                .thenRedirect(redirect, Messages.text("monitoring.flash.withdrawn"), "/monitoring/alerts/" + id)
                .orShow(() -> {
                    model.addAttribute("alert", alerts.alert(id));
                    return "monitoring/alerts/withdraw";
                });
    }

    /** The home page's panel of alerts this person has not acknowledged (pulled in with hx-get). */
    @GetMapping("/monitoring/alerts/outstanding")
    String outstanding(Model model) {
        model.addAttribute("outstanding", alerts.outstanding());
        return "monitoring/alerts/outstanding :: panel";
    }

    @PostMapping("/monitoring/alerts/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        DrugAlerts.Acknowledged result = alerts.acknowledge(id);
        redirect.addFlashAttribute(
                "flash", Messages.text(ACKNOWLEDGED + result.name().toLowerCase(java.util.Locale.ROOT)));
        return "redirect:/";
    }
}
