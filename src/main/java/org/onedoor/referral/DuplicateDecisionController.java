package org.onedoor.referral;

import java.util.UUID;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Links a referral to the one it duplicates, or records that none of the candidates is the same person. */
@Controller
class DuplicateDecisionController {

    private final DuplicateDecisions decisions;

    DuplicateDecisionController(DuplicateDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/referrals/{id}/duplicates/{keptId}/same-person")
    String sameAs(@PathVariable UUID id, @PathVariable UUID keptId, RedirectAttributes redirect) {
        decisions.sameAs(id, keptId);
        redirect.addFlashAttribute("flash", Messages.text("referral.flash.voidedAsDuplicate"));
        return "redirect:/referrals/" + keptId;
    }

    @PostMapping("/referrals/{id}/duplicates/none")
    String none(@PathVariable UUID id, @RequestParam(defaultValue = "0") int checked, RedirectAttributes redirect) {
        decisions.noneIsTheSamePerson(id, checked);
        redirect.addFlashAttribute("flash", "Recorded: this is a new person.");
        return "redirect:/referrals/" + id;
    }
}
