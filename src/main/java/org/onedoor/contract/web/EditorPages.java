package org.onedoor.contract.web;

import java.util.List;
import java.util.Set;
import org.onedoor.shared.DomainRuleViolation;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every contract editor page shows: the choices, the problems, the warnings; and what saving flashes. */
final class EditorPages {

    /** Store refusals about a field of the form, by the field the store names. */
    private static final Set<String> FORM_FIELDS = Set.of("reference", "reason");

    private EditorPages() {}

    static void common(Model model, EditorProblems problems, List<String> warnings) {
        model.addAttribute("choices", EditorChoices.INSTANCE);
        model.addAttribute("problems", problems);
        model.addAttribute("warnings", warnings);
    }

    /** The success banner and the warnings (funding that does not cover the rules) on the page after saving. */
    static void saved(RedirectAttributes redirect, String message, List<String> warnings) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute("ruleWarnings", warnings);
    }

    /** A refusal by the store (a reference already used, a month already approved) shown on the form. */
    static void refused(EditorProblems problems, DomainRuleViolation refused) {
        String field = refused.field();
        if ("effectiveFrom".equals(field)) {
            problems.add("inForceFrom", refused.getMessage());
        } else if (field != null && FORM_FIELDS.contains(field)) {
            problems.add(field, refused.getMessage());
        } else {
            problems.global(refused.getMessage());
        }
    }
}
