package org.onedoor.treatment.family;

import static org.onedoor.shared.web.FormErrors.FORM;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.web.FormErrors;
import org.onedoor.treatment.prescribing.FormSupport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Voiding a concerned other or one of their sessions: a confirmation page asking why, then the void. */
@Controller
class FamilyVoidController {

    private final FamilySupport family;
    private final FamilyVoiding voiding;

    FamilyVoidController(FamilySupport family, FamilyVoiding voiding) {
        this.family = family;
        this.voiding = voiding;
    }

    /** The reason typed on the confirmation page. */
    record VoidForm(@Nullable String reason) {}

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @GetMapping("/family-support/{id}/void")
    String confirmOther(@PathVariable UUID id, Model model) {
        return page(id, null, new VoidForm(null), model);
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @PostMapping("/family-support/{id}/void")
    String voidOther(
            @PathVariable UUID id,
            @ModelAttribute(FORM) VoidForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            voiding.voidConcernedOther(id, form.reason());
            redirect.addFlashAttribute("flash", Messages.text("family.flash.concernedOtherVoided"));
            return "redirect:/family-support";
        } catch (DomainRuleViolation refused) {
            FormSupport.ERRORS.reject(errors, refused);
        }
        FormErrors.show(model, errors);
        return page(id, null, form, model);
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @GetMapping("/family-support/{id}/sessions/{sessionId}/void")
    String confirmSession(@PathVariable UUID id, @PathVariable UUID sessionId, Model model) {
        return page(id, sessionId, new VoidForm(null), model);
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @PostMapping("/family-support/{id}/sessions/{sessionId}/void")
    String voidSession(
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            @ModelAttribute(FORM) VoidForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            voiding.voidSession(id, sessionId, form.reason());
            redirect.addFlashAttribute("flash", Messages.text("family.flash.supportSessionVoided"));
            return "redirect:/family-support/" + id;
        } catch (DomainRuleViolation refused) {
            FormSupport.ERRORS.reject(errors, refused);
        }
        FormErrors.show(model, errors);
        return page(id, sessionId, form, model);
    }

    private String page(UUID id, @Nullable UUID sessionId, VoidForm form, Model model) {
        model.addAttribute("other", family.details(id));
        model.addAttribute("held", sessionId == null ? null : voiding.session(id, sessionId));
        model.addAttribute(FORM, form);
        return "treatment/family/void";
    }
}
