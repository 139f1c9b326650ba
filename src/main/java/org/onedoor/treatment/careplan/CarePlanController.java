package org.onedoor.treatment.careplan;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The care-plan page of an episode: the goals by domain, add a goal, review a goal, void a goal. */
@Controller
class CarePlanController {

    private final CarePlans carePlans;
    private final Clock clock;

    CarePlanController(CarePlans carePlans, Clock clock) {
        this.carePlans = carePlans;
        this.clock = clock;
    }

    @GetMapping("/episodes/{id}/care-plan")
    String carePlan(@PathVariable UUID id, Model model) {
        return page(id, Map.of(), Map.of(), null, model);
    }

    @PostMapping("/episodes/{id}/care-plan/goals")
    String addGoal(
            @PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormValues values = new FormValues();
        NewGoal goal = new NewGoal(
                tidy(form.get("domain")),
                form.get("text"),
                values.date(form.get("targetDate"), "targetDate"),
                values.date(form.get("nextReviewDue"), "nextReviewDue"),
                values.date(form.get("carePlanStartedOn"), "carePlanStartedOn"));
        try {
            if (values.hasErrors()) {
                return page(id, values.errors(null), form, null, model);
            }
            carePlans.addGoal(id, goal);
        } catch (DomainRuleViolation problems) {
            return page(id, values.errors(problems), form, null, model);
        }
        redirect.addFlashAttribute("flash", Messages.text("carePlan.flash.goalAddedCare"));
        return "redirect:/episodes/" + id + "/care-plan";
    }

    @PostMapping("/episodes/{id}/care-plan/goals/{goalId}/review")
    String review(
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        FormValues values = new FormValues();
        GoalStatus status = status(form.get("status"));
        GoalReview review = new GoalReview(
                values.date(form.get("reviewedOn"), "reviewedOn"),
                form.get("summary"),
                status,
                values.date(form.get("nextReviewDue"), "nextReviewDue"),
                version(form.get("version")));
        try {
            if (values.hasErrors()) {
                return page(id, values.errors(null), form, goalId, model);
            }
            carePlans.review(id, goalId, review);
        } catch (DomainRuleViolation problems) {
            return page(id, values.errors(problems), form, goalId, model);
        }
        redirect.addFlashAttribute("flash", Messages.text("carePlan.flash.reviewSaved"));
        return "redirect:/episodes/" + id + "/care-plan#goal-" + goalId;
    }

    @PostMapping("/episodes/{id}/care-plan/goals/{goalId}/void")
    String voidGoal(
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            carePlans.voidGoal(id, goalId, reason == null ? "" : reason);
        } catch (DomainRuleViolation problem) {
            return page(id, Map.of("reason", problem.getMessage()), Map.of(), goalId, model);
        }
        redirect.addFlashAttribute("flash", Messages.text("carePlan.flash.goalVoided"));
        return "redirect:/episodes/" + id + "/care-plan";
    }

    private String page(
            UUID id, Map<String, String> errors, Map<String, String> typed, @Nullable UUID goalId, Model model) {
        model.addAttribute("plan", carePlans.view(id));
        model.addAttribute("statuses", GoalStatus.values());
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("typed", typed);
        model.addAttribute("reviewing", goalId);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("hasErrors", !errors.isEmpty());
        return "treatment/careplan/care-plan";
    }

    private static @Nullable GoalStatus status(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : GoalStatus.valueOf(typed);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static int version(@Nullable String typed) {
        try {
            return typed == null ? -1 : Integer.parseInt(typed);
        } catch (NumberFormatException wrong) {
            return -1;
        }
    }
}
