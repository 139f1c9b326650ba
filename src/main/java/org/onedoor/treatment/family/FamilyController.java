package org.onedoor.treatment.family;

import static org.onedoor.shared.web.FormErrors.FORM;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.web.FormErrors;
import org.onedoor.treatment.family.FamilyForms.RegisterForm;
import org.onedoor.treatment.family.FamilyForms.SessionForm;
import org.onedoor.treatment.prescribing.FormSupport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Family and carer support screens: the organisation's concerned others, registering one, their sessions. */
@Controller
class FamilyController {

    private static final int PAGE_SIZE = 20;

    private final FamilySupport family;
    private final CurrentUsers currentUsers;

    FamilyController(FamilySupport family, CurrentUsers currentUsers) {
        this.family = family;
        this.currentUsers = currentUsers;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @GetMapping("/family-support")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("results", family.ofMyOrganisation(Math.max(1, page) - 1, PAGE_SIZE));
        model.addAttribute("links", new PageLinks());
        return "treatment/family/list";
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @GetMapping("/family-support/new")
    String registerForm(@RequestParam(required = false) @Nullable String client, Model model) {
        model.addAttribute(FORM, RegisterForm.empty(FormSupport.id(client) == null ? null : client));
        return "treatment/family/new";
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @PostMapping("/family-support/new")
    String register(
            @ModelAttribute(FORM) RegisterForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            UUID id = family.register(form.toNew(errors));
            redirect.addFlashAttribute("flash", Messages.text("family.flash.concernedOtherRegistered"));
            return "redirect:/family-support/" + id;
        } catch (DomainRuleViolation refused) {
            FormSupport.ERRORS.reject(errors, refused);
        }
        FormErrors.show(model, errors);
        return "treatment/family/new";
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @GetMapping("/family-support/{id}")
    String details(@PathVariable UUID id, Model model) {
        return details(id, SessionForm.empty(currentUsers.require().displayName()), model);
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @PostMapping("/family-support/{id}/sessions")
    String recordSession(
            @PathVariable UUID id,
            @ModelAttribute(FORM) SessionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            family.recordSession(id, form.toNew(errors));
            redirect.addFlashAttribute("flash", Messages.text("family.flash.supportSessionRecorded"));
            return "redirect:/family-support/" + id;
        } catch (DomainRuleViolation refused) {
            FormSupport.ERRORS.reject(errors, refused);
        }
        FormErrors.show(model, errors);
        return details(id, form, model);
    }

    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    @GetMapping("/clients/{id}/family")
    String forClient(@PathVariable UUID id, Model model) {
        model.addAttribute("family", family.forClient(id));
        model.addAttribute("mayRegister", currentUsers.require().has(org.onedoor.security.Privilege.TREATMENT_RECORD));
        return "treatment/family/client";
    }

    private String details(UUID id, SessionForm form, Model model) {
        ConcernedOther other = family.details(id);
        model.addAttribute("other", other);
        model.addAttribute("maySeeClient", family.maySeeClient(other.clientId()));
        model.addAttribute("clientShares", family.clientSharesWithFamily(other.clientId()));
        model.addAttribute(FORM, form);
        model.addAttribute("kinds", FormSupport.options(SessionKind.values(), SessionKind::label));
        return "treatment/family/details";
    }

    /** Links to the pages of the list, numbered from 1. */
    static final class PageLinks {

        public String pageLink(int page) {
            return "/family-support?page=" + page;
        }
    }
}
