package org.onedoor.client.web;

import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.onedoor.client.AlertCategory;
import org.onedoor.client.AlertEntry;
import org.onedoor.client.Alerts;
import org.onedoor.client.ClientRecordQuery;
import org.onedoor.client.ClientRecords;
import org.onedoor.client.SealedCategory;
import org.onedoor.client.Sealing;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Raising alerts on a client's record, sealed when the person's role may see that seal, and removing them. */
@Controller
class AlertController {

    private final Alerts alerts;
    private final ClientRecords records;
    private final ClientRecordQuery query;
    private final Sealing sealing;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    AlertController(
            Alerts alerts,
            ClientRecords records,
            ClientRecordQuery query,
            Sealing sealing,
            CurrentUsers currentUsers,
            Clock clock) {
        this.alerts = alerts;
        this.records = records;
        this.query = query;
        this.sealing = sealing;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/alerts/new")
    String raiseForm(@PathVariable UUID id, Model model) {
        return raisePage(id, AlertForms.Raise.blank(), model);
    }

    @PostMapping("/clients/{id}/alerts/new")
    String raise(
            @PathVariable UUID id,
            @ModelAttribute(FORM) AlertForms.Raise form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        AlertCategory category = ChangeForms.choice(AlertCategory.class, form.category());
        LocalDate raisedOn = ChangeForms.date(errors, form.raisedOn(), "raisedOn", "The date the alert was raised");
        SealedCategory sealAs = ChangeForms.choice(SealedCategory.class, form.sealAs());
        if (sealAs == null
                && form.sealAs() != null
                && !form.sealAs().isBlank()
                && !AlertForms.NOT_SEALED.equals(form.sealAs())) {
            ChangeForms.ERRORS.reject(errors, "sealAs", "UNKNOWN_SEAL", Messages.text("client.sealAs.unknownSeal"));
        }
        try {
            if (errors.hasErrors()) {
                Alerts.check(
                        category,
                        form.description(),
                        raisedOn,
                        LocalDate.now(clock),
                        sealAs,
                        sealing.sees(user, sealAs));
            } else {
                alerts.raise(id, category, form.description(), raisedOn, sealAs);
                redirect.addFlashAttribute(
                        "flash",
                        sealAs == null
                                ? Messages.text("client.flash.alertRaised", category.label())
                                : Messages.text(
                                        "client.flash.alertRaisedSealed",
                                        sealAs.label().toLowerCase(java.util.Locale.UK)));
                return "redirect:/clients/" + id;
            }
        } catch (DomainRuleViolation refused) {
            ChangeForms.ERRORS.reject(errors, refused);
        }
        FormErrors.show(model, errors, form);
        return raisePage(id, form, model);
    }

    @GetMapping("/clients/{id}/alerts/{alertId}/void")
    String voidForm(@PathVariable UUID id, @PathVariable UUID alertId, Model model) {
        return voidPage(id, alertId, new AlertForms.Removal(null), model);
    }

    @PostMapping("/clients/{id}/alerts/{alertId}/void")
    String voidAlert(
            @PathVariable UUID id,
            @PathVariable UUID alertId,
            @ModelAttribute(FORM) AlertForms.Removal form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            alerts.voidAlert(id, alertId, form.reason());
            redirect.addFlashAttribute("flash", Messages.text("client.flash.alertRemovedFrom"));
            return "redirect:/clients/" + id;
        } catch (DomainRuleViolation refused) {
            ChangeForms.ERRORS.reject(errors, refused);
        }
        FormErrors.show(model, errors, form);
        return voidPage(id, alertId, form, model);
    }

    private String raisePage(UUID id, AlertForms.Raise form, Model model) {
        model.addAttribute("client", records.identity(id, "Alert form"));
        CurrentUser user = currentUsers.require();
        Map<String, String> seals = new LinkedHashMap<>();
        for (SealedCategory category : SealedCategory.values()) {
            if (sealing.sees(user, category)) {
                seals.put(category.name(), category.label());
            }
        }
        model.addAttribute("maySeal", !seals.isEmpty());
        seals.put(AlertForms.NOT_SEALED, "Do not seal");
        model.addAttribute(FORM, form);
        model.addAttribute("categories", ChangeForms.options(AlertCategory.values(), AlertCategory::label));
        model.addAttribute("seals", seals);
        return "client/alert-new";
    }

    private String voidPage(UUID id, UUID alertId, AlertForms.Removal form, Model model) {
        model.addAttribute("client", records.identity(id, "Alert: remove form"));
        AlertEntry alert = sealing.visibleAlerts(currentUsers.require(), query.alerts(id)).stream()
                .filter(entry -> entry.id().equals(alertId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Alert", alertId));
        model.addAttribute("alert", alert);
        model.addAttribute(FORM, form);
        return "client/alert-void";
    }
}
