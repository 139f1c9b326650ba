package org.onedoor.treatment.careplan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientRecords;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one action behind "Add to care plan" on a holistic assessment (the button is on assessment's page and posts
 * here): the goal is added and the care plan shown with a confirmation; a goal that cannot be sent gets a page that
 * says why, with a way back to the assessment.
 */
@Controller
class HolisticGoalController {

    private final HolisticGoals goals;
    private final ClientRecords records;

    HolisticGoalController(HolisticGoals goals, ClientRecords records) {
        this.goals = goals;
        this.records = records;
    }

    @PostMapping("/clients/{id}/care-plan/goals-from-assessment")
    String send(
            @PathVariable UUID id,
            @RequestParam UUID record,
            @RequestParam(required = false) @Nullable String item,
            Model model,
            RedirectAttributes redirect) {
        try {
            HolisticGoals.Sent sent = goals.send(id, record, item);
            redirect.addFlashAttribute(
                    "flash",
                    Messages.text(
                            "carePlan.flash.goalFromAssessment",
                            sent.targetDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))));
            return "redirect:/episodes/" + sent.episodeId() + "/care-plan#goal-" + sent.goalId();
        } catch (DomainRuleViolation refused) {
            model.addAttribute("client", records.identity(id, "Send a goal to the care plan"));
            model.addAttribute("recordId", record);
            model.addAttribute("problem", refused.getMessage());
            return "treatment/careplan/from-assessment";
        }
    }
}
