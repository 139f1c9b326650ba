package org.onedoor.client.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.AccessReviews;
import org.onedoor.client.BreakGlass;
import org.onedoor.client.BreakGlassOpening;
import org.onedoor.client.CareTeamChanges;
import org.onedoor.client.ReviewStatus;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The IG lead's break-glass review list and the page where each opening is judged justified or not. */
@Controller
class BreakGlassReviewController {

    static final int PAGE_SIZE = 25;
    static final String JUSTIFIED = "JUSTIFIED";
    static final String NOT_JUSTIFIED = "NOT_JUSTIFIED";

    private final AccessReviews reviews;
    private final CareTeamChanges careTeamChanges;
    private final BreakGlass breakGlass;
    private final Clock clock;

    BreakGlassReviewController(
            AccessReviews reviews, BreakGlass breakGlass, CareTeamChanges careTeamChanges, Clock clock) {
        this.careTeamChanges = careTeamChanges;
        this.reviews = reviews;
        this.breakGlass = breakGlass;
        this.clock = clock;
    }

    @GetMapping("/ig/break-glass")
    String list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        ReviewStatus shown = statusOf(status);
        model.addAttribute("results", reviews.openings(shown, ResultPage.indexOf(page), PAGE_SIZE));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("links", PageLinks.of("page"));
        model.addAttribute("zone", clock.getZone());
        return "client/break-glass-reviews";
    }

    @GetMapping("/ig/break-glass/{id}")
    String opening(@PathVariable UUID id, Model model) {
        return page(id, null, null, Map.of(), model);
    }

    @PostMapping("/ig/break-glass/{id}")
    String review(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!JUSTIFIED.equals(outcome) && !NOT_JUSTIFIED.equals(outcome)) {
            errors.put("outcome", Messages.text("client.outcome.required"));
        } else {
            try {
                breakGlass.review(id, JUSTIFIED.equals(outcome), note);
            } catch (DomainRuleViolation broken) {
                errors.put(broken.field() == null ? "" : broken.field(), broken.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return page(id, outcome, note, errors, model);
        }
        redirect.addFlashAttribute(
                "flash",
                Messages.text(
                        JUSTIFIED.equals(outcome)
                                ? "client.flash.reviewSavedJustified"
                                : "client.flash.reviewSavedNotJustified"));
        return "redirect:/ig/break-glass";
    }

    private String page(
            UUID id, @Nullable String outcome, @Nullable String note, Map<String, String> errors, Model model) {
        BreakGlassOpening opening = reviews.opening(id);
        model.addAttribute("opening", opening);
        model.addAttribute(
                "careTeamChanges",
                careTeamChanges.byPersonSince(opening.username(), opening.clientId(), opening.openedAt()));
        model.addAttribute("outcome", outcome);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("hasErrors", !errors.isEmpty());
        model.addAttribute("zone", clock.getZone());
        return "client/break-glass-review";
    }

    private static ReviewStatus statusOf(@Nullable String typed) {
        for (ReviewStatus status : ReviewStatus.values()) {
            if (status.name().equalsIgnoreCase(typed)) {
                return status;
            }
        }
        return ReviewStatus.AWAITING_REVIEW;
    }
}
