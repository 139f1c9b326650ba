package org.onedoor.referral;

import static org.onedoor.shared.Text.tidy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.alcohol.AlcoholScreeningResult;
import org.onedoor.partnership.CodeLabel;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Triage at the SPOC: screen with AUDIT-C (then the full AUDIT when positive) or FAST, then decide the outcome. */
@Controller
class TriageController {

    private final ReferralAllocation allocation;
    private final ReferralRecords records;
    private final PracticeMenu menu;

    TriageController(ReferralAllocation allocation, ReferralRecords records, PracticeMenu menu) {
        this.allocation = allocation;
        this.records = records;
        this.menu = menu;
    }

    @GetMapping("/referrals/{id}/triage")
    String triage(@PathVariable UUID id, Model model) {
        return page(id, null, Map.of(), model);
    }

    @PostMapping("/referrals/{id}/screening")
    String screen(@PathVariable UUID id, @ModelAttribute ScreeningForm form, Model model, RedirectAttributes redirect) {
        try {
            AlcoholScreeningResult result = form.score();
            allocation.recordScreening(id, result);
            redirect.addFlashAttribute("flash", result.explanation());
            return "redirect:/referrals/" + id + "/triage#screening";
        } catch (DomainRuleViolation wrong) {
            model.addAttribute("screeningProblem", wrong.getMessage());
            model.addAttribute("hasErrors", true);
            return page(id, null, Map.of(), model);
        }
    }

    @PostMapping("/referrals/{id}/triage")
    String decide(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable TriageOutcome outcome,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String neededIntervention,
            @RequestParam(required = false) @Nullable String substanceGroup,
            Model model,
            RedirectAttributes redirect) {
        TriageDecision decision = new TriageDecision(outcome, reason, tidy(neededIntervention), tidy(substanceGroup));
        try {
            allocation.triage(id, decision);
        } catch (FieldProblems problems) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            model.addAttribute("hasErrors", true);
            return page(id, decision, errors, model);
        }
        if (outcome.closesReferral()) {
            redirect.addFlashAttribute(
                    "flash", "Triage saved: " + outcome.label().toLowerCase() + ". Referral closed.");
            return "redirect:/referrals/" + id;
        }
        redirect.addFlashAttribute("flash", Messages.text("referral.flash.triageSaved"));
        return "redirect:/referrals/" + id + "/allocation";
    }

    private String page(UUID id, @Nullable TriageDecision typed, Map<String, String> errors, Model model) {
        ReferralView referral = records.view(id);
        List<ScreeningRecords.Screening> screenings = allocation.screenings(id);
        model.addAttribute("referral", referral);
        model.addAttribute("screenings", screenings);
        model.addAttribute("answers", ScreeningForm.answersOf(screenings));
        model.addAttribute(
                "auditCPositive", screenings.stream().anyMatch(s -> s.tool().equals("AUDIT_C") && s.positive()));
        model.addAttribute("auditC", ScreeningQuestions.AUDIT_C);
        model.addAttribute("auditRest", ScreeningQuestions.AUDIT_REST);
        model.addAttribute("fast", ScreeningQuestions.FAST);
        model.addAttribute("outcomes", TriageOutcome.values());
        model.addAttribute("interventions", labels(menu.interventions()));
        model.addAttribute("groups", labels(menu.substanceGroups()));
        model.addAttribute(
                "decision",
                typed != null
                        ? typed
                        : new TriageDecision(
                                null,
                                null,
                                suggestedIntervention(screenings, referral),
                                referral.triage().mainSubstanceGroup()));
        model.addAttribute("errors", errors);
        return "referral/triage";
    }

    /** Prefilled from the latest screening's response (AUDIT band → BA, EBI or structured treatment). */
    private static @Nullable String suggestedIntervention(
            List<ScreeningRecords.Screening> screenings, ReferralView referral) {
        if (!screenings.isEmpty()) {
            return switch (screenings.get(screenings.size() - 1).response()) {
                case "EXTENDED_BRIEF_INTERVENTION" -> "EXTENDED_BRIEF_INTERVENTION";
                case "SPECIALIST_ASSESSMENT" -> "STRUCTURED_PSYCHOSOCIAL";
                default -> "BRIEF_ADVICE";
            };
        }
        return "OPIATES".equals(referral.triage().mainSubstanceGroup()) ? "SHARED_CARE_PRESCRIBING" : null;
    }

    private static Map<String, String> labels(List<CodeLabel> codes) {
        Map<String, String> labels = new LinkedHashMap<>();
        codes.forEach(code -> labels.put(code.code(), code.label()));
        return labels;
    }
}
