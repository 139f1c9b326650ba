package org.onedoor.contract.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.store.ContractEditing;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create a contract on screen: header, term, funding, counting rule and payment rules on one page, starting from the
 * worked methodology, the legacy model or nothing. Rows are added and removed by the form's buttons, without
 * JavaScript; saving stores a draft (version 1) through the same checks as an imported document.
 */
@Controller
class NewContractController {

    static final String FORM = "contractForm";

    private final ContractEditing editing;

    NewContractController(ContractEditing editing) {
        this.editing = editing;
    }

    @InitBinder(FORM)
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/contracts/new")
    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    String form(Model model) {
        EditorForms.NewContract form = new EditorForms.NewContract();
        form.startFrom = RuleForms.StartFrom.WORKED_METHODOLOGY.name();
        form.rules = RuleForms.startFrom(form.startFrom);
        form.funding.add(new EditorForms.FundingForm());
        form.countingRule = "ANY_DAY_OPEN_INTERVENTION";
        return page(form, new EditorProblems(), model);
    }

    @PostMapping("/contracts/new")
    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    String create(
            @ModelAttribute(FORM) EditorForms.NewContract form,
            @RequestParam(name = "action", required = false) @Nullable String action,
            Model model,
            RedirectAttributes redirect) {
        if (EditorForms.START_FROM.equals(action)) {
            form.rules = RuleForms.startFrom(form.startFrom);
            return page(form, new EditorProblems(), model);
        }
        if (form.apply(action)) {
            return page(form, new EditorProblems(), model);
        }
        ContractBinder binder = new ContractBinder();
        ContractDocument document = binder.newContract(form);
        if (document != null) {
            try {
                ContractSummary created = editing.createDraft(document);
                EditorPages.saved(
                        redirect,
                        Messages.text("contract.flash.created", created.reference()),
                        RulesPartBinder.warnings(document.rules()));
                return "redirect:/contracts/" + created.id();
            } catch (DomainRuleViolation refused) {
                EditorPages.refused(binder.problems(), refused);
            }
        }
        return page(form, binder.problems(), model);
    }

    private static String page(EditorForms.NewContract form, EditorProblems problems, Model model) {
        model.addAttribute(FORM, form);
        EditorPages.common(model, problems, List.of());
        return "contract/new";
    }
}
