package org.onedoor.referral;

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

/** The routing proposal, and allocation as proposed or, with a reason, elsewhere. */
@Controller
class AllocationController {

    private final ReferralAllocation allocation;
    private final ReferralRecords records;

    AllocationController(ReferralAllocation allocation, ReferralRecords records) {
        this.allocation = allocation;
        this.records = records;
    }

    @GetMapping("/referrals/{id}/allocation")
    String proposal(@PathVariable UUID id, Model model) {
        model.addAttribute("referral", records.view(id));
        model.addAttribute("proposal", allocation.proposal(id));
        return "referral/allocation";
    }

    @PostMapping("/referrals/{id}/void")
    String voidReferral(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        try {
            allocation.voidReferral(id, reason);
            redirect.addFlashAttribute("flash", Messages.text("referral.flash.voided"));
            return "redirect:/referrals";
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("voidProblem", refused.getMessage());
            return "redirect:/referrals/" + id + "#void";
        }
    }

    @PostMapping("/referrals/{id}/allocation")
    String allocate(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID organisationId,
            @RequestParam(required = false) @Nullable String overrideReason,
            Model model,
            RedirectAttributes redirect) {
        RoutingProposal proposal = allocation.proposal(id);
        UUID chosen = organisationId == null ? proposal.organisationId() : organisationId;
        try {
            allocation.allocate(id, chosen, overrideReason);
        } catch (DomainRuleViolation refused) {
            model.addAttribute("referral", records.view(id));
            model.addAttribute("proposal", proposal);
            model.addAttribute("problem", refused.getMessage());
            model.addAttribute("chosen", chosen);
            model.addAttribute("overrideReason", overrideReason);
            model.addAttribute("hasErrors", true);
            return "referral/allocation";
        }
        redirect.addFlashAttribute("flash", Messages.text("referral.flash.allocated"));
        return "redirect:/referrals/" + id;
    }
}
