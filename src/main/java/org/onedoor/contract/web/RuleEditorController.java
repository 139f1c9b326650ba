package org.onedoor.contract.web;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.document.ContractHeader.Status;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.store.ContractEditing;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.Contracts;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Edit a contract's funding and payment rules as a new version: a draft is revised (in force from the start of its
 * term), an active contract's rules change from a month after its last approved statement, an ended contract does
 * not change. Same checks as an imported document; nothing is saved while any problem remains.
 */
@Controller
class RuleEditorController {

    static final String FORM = "rulesForm";

    private final Contracts contracts;
    private final ContractEditing editing;

    RuleEditorController(Contracts contracts, ContractEditing editing) {
        this.contracts = contracts;
        this.editing = editing;
    }

    @InitBinder(FORM)
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/contracts/{id}/rules")
    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    String form(@PathVariable UUID id, Model model) {
        ContractDocument current = editing.current(id);
        EditorForms.RulesChange form = new EditorForms.RulesChange();
        int window = current.evidence().rePresentationWindow();
        current.rules().rules().forEach(rule -> form.rules.add(RuleForms.of(rule, window)));
        for (ContractRules.Funding line : current.rules().funding()) {
            EditorForms.FundingForm row = new EditorForms.FundingForm();
            row.source = line.stream();
            row.year = line.year().toString();
            row.amount = RuleForms.money(line.amount());
            form.funding.add(row);
        }
        return page(id, form, new EditorProblems(), RulesPartBinder.warnings(current.rules()), model);
    }

    @PostMapping("/contracts/{id}/rules")
    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    String save(
            @PathVariable UUID id,
            @ModelAttribute(FORM) EditorForms.RulesChange form,
            @RequestParam(name = "action", required = false) @Nullable String action,
            Model model,
            RedirectAttributes redirect) {
        ContractSummary contract = contracts.find(id);
        if (contract.status() == Status.ENDED) {
            throw new DomainRuleViolation(
                    "CONTRACT_ENDED", "status", Messages.text("contract.refused.ended", contract.reference()));
        }
        if (form.apply(action)) {
            return page(id, form, new EditorProblems(), List.of(), model);
        }
        ContractBinder binder = new ContractBinder();
        ContractDocument document = binder.rulesChange(editing.current(id), form);
        TypedValues typed = new TypedValues(binder.problems());
        String reason = typed.text("reason", form.reason, "the reason for the change", 500);
        YearMonth from = contract.status() == Status.ACTIVE
                ? typed.month("inForceFrom", form.inForceFrom, "the month the new rules are in force from", null)
                : null;
        if (document != null && reason != null && (from != null || contract.status() != Status.ACTIVE)) {
            try {
                ContractSummary saved = from == null
                        ? editing.reviseDraft(id, document, reason)
                        : editing.changeRules(id, document, from, reason);
                EditorPages.saved(
                        redirect,
                        Messages.text(
                                "contract.flash.rulesSaved", saved.currentVersion(), saved.currentEffectiveFrom()),
                        RulesPartBinder.warnings(document.rules()));
                return "redirect:/contracts/" + id;
            } catch (DomainRuleViolation refused) {
                EditorPages.refused(binder.problems(), refused);
            }
        }
        return page(id, form, binder.problems(), List.of(), model);
    }

    private String page(
            UUID id, EditorForms.RulesChange form, EditorProblems problems, List<String> warnings, Model model) {
        model.addAttribute("contract", contracts.find(id));
        model.addAttribute(FORM, form);
        EditorPages.common(model, problems, warnings);
        return "contract/rules";
    }
}
