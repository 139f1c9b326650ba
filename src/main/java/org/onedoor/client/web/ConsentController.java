package org.onedoor.client.web;

import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientRecords;
import org.onedoor.client.ConsentDecision;
import org.onedoor.client.ConsentMethod;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.ConsentRecord;
import org.onedoor.client.Consents;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a client's consent decision for one purpose, from the record. */
@Controller
class ConsentController {

    private static final String VIEW = "client/consent-new";

    private final Consents consents;
    private final ClientRecords records;
    private final Clock clock;

    ConsentController(Consents consents, ClientRecords records, Clock clock) {
        this.consents = consents;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/consents/new")
    String form(@PathVariable UUID id, @RequestParam(required = false) @Nullable String purpose, Model model) {
        return page(id, ConsentForm.startingWith(ChangeForms.choice(ConsentPurpose.class, purpose)), model);
    }

    @PostMapping("/clients/{id}/consents/new")
    String record(
            @PathVariable UUID id,
            @ModelAttribute(FORM) ConsentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate decidedOn = ChangeForms.date(errors, form.decidedOn(), "decidedOn", "The date of the decision");
        LocalDate reviewOn = ChangeForms.date(errors, form.reviewOn(), "reviewOn", "The review date");
        ConsentRecord consent = new ConsentRecord(
                ChangeForms.choice(ConsentPurpose.class, form.purpose()),
                ChangeForms.choice(ConsentDecision.class, form.decision()),
                decidedOn,
                ChangeForms.choice(ConsentMethod.class, form.method()),
                Boolean.TRUE.equals(form.capacityAssessed()),
                reviewOn,
                form.recipient(),
                form.notes());
        try {
            if (errors.hasErrors()) {
                Consents.check(consent, LocalDate.now(clock));
            } else {
                consents.record(id, consent);
                redirect.addFlashAttribute("flash", Consents.summary(consent));
                return "redirect:/clients/" + id;
            }
        } catch (DomainRuleViolation refused) {
            ChangeForms.ERRORS.reject(errors, refused);
        }
        FormErrors.show(model, errors, form);
        return page(id, form, model);
    }

    private String page(UUID id, ConsentForm form, Model model) {
        model.addAttribute("client", records.identity(id, "Consent form"));
        model.addAttribute(FORM, form);
        model.addAttribute("purposes", ChangeForms.options(ConsentPurpose.values(), ConsentPurpose::label));
        model.addAttribute("decisions", ChangeForms.options(ConsentDecision.values(), ConsentDecision::label));
        model.addAttribute("methods", ChangeForms.options(ConsentMethod.values(), ConsentMethod::label));
        return VIEW;
    }
}
