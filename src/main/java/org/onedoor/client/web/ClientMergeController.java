package org.onedoor.client.web;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.merge.ClientMerge;
import org.onedoor.client.merge.MergeComparison;
import org.onedoor.client.merge.MergeSummary;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A team manager merges a duplicate record into the one kept: types the duplicate's reference, compares the two
 * side by side, gives a reason and confirms. The confirmation offers an undo, which asks for a reason too.
 */
@Controller
class ClientMergeController {

    private final ClientMerge merges;

    ClientMergeController(ClientMerge merges) {
        this.merges = merges;
    }

    @GetMapping("/clients/{id}/merge")
    String initMergeForm(
            @PathVariable UUID id, @ModelAttribute("form") MergeForm form, BindingResult errors, Model model) {
        MergeComparison comparison = null;
        if (form.duplicate() != null) {
            try {
                comparison = merges.compare(id, merges.duplicateOf(form.duplicate()));
            } catch (DomainRuleViolation violation) {
                reject(errors, violation, "duplicate");
            } catch (AccessRefused refused) {
                refusedAtField(errors, refused);
            }
        }
        return page(comparison == null ? merges.compare(id, null) : comparison, errors, model);
    }

    @PostMapping("/clients/{id}/merge")
    String processMergeForm(
            @PathVariable UUID id,
            @ModelAttribute("form") MergeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID duplicateId = null;
        try {
            duplicateId = merges.duplicateOf(form.duplicate());
            UUID mergeId = merges.merge(id, duplicateId, form.reason());
            redirect.addFlashAttribute(
                    "flash",
                    Messages.text(
                            "client.flash.hasBeenMerged",
                            Objects.requireNonNull(form.duplicate()).strip().toUpperCase(Locale.UK)));
            redirect.addFlashAttribute(
                    "flashLink", Map.of("href", "/clients/merges/" + mergeId + "/undo", "text", "Undo the merge"));
            return "redirect:/clients/" + id;
        } catch (DomainRuleViolation violation) {
            reject(errors, violation, "reason");
        } catch (AccessRefused refused) {
            refusedAtField(errors, refused);
        }
        boolean duplicateFine = duplicateId != null && !errors.hasFieldErrors("duplicate");
        return page(merges.compare(id, duplicateFine ? duplicateId : null), errors, model);
    }

    @GetMapping("/clients/merges/{mergeId}/undo")
    String initUndoForm(@PathVariable UUID mergeId, Model model) {
        model.addAttribute("form", new UndoForm(null));
        model.addAttribute("merge", merges.summary(mergeId));
        return "client/merge-undo";
    }

    @PostMapping("/clients/merges/{mergeId}/undo")
    String processUndoForm(
            @PathVariable UUID mergeId,
            @ModelAttribute("form") UndoForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            MergeSummary merge = merges.undo(mergeId, form.reason());
            redirect.addFlashAttribute("flash", Messages.text("client.flash.mergeHasBeen", merge.duplicateReference()));
            return "redirect:/clients/" + merge.survivorId();
        } catch (DomainRuleViolation violation) {
            reject(errors, violation, null);
        }
        model.addAttribute("hasErrors", true);
        model.addAttribute("merge", merges.summary(mergeId));
        return "client/merge-undo";
    }

    private static void refusedAtField(BindingResult errors, AccessRefused refused) {
        errors.rejectValue("duplicate", "NO_ACCESS", Messages.text("client.duplicate.noAccess", refused.getMessage()));
    }

    private String page(MergeComparison comparison, BindingResult errors, Model model) {
        model.addAttribute("comparison", comparison);
        model.addAttribute("hasErrors", errors.hasErrors());
        return "client/merge";
    }

    private static void reject(BindingResult errors, DomainRuleViolation violation, @Nullable String orField) {
        String field = violation.field() != null ? violation.field() : orField;
        if (field == null) {
            errors.reject(violation.code(), violation.getMessage());
        } else {
            errors.rejectValue(field, violation.code(), violation.getMessage());
        }
    }

    /** The duplicate's reference as typed, and the reason for merging. */
    record MergeForm(@Nullable String duplicate, @Nullable String reason) {}

    /** Why the merge is being undone. */
    record UndoForm(@Nullable String reason) {}
}
