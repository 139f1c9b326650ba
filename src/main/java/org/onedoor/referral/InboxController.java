package org.onedoor.referral;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/**
 * A receiving organisation's inbox of allocated referrals: accept (after confirming the client, see
 * {@link AcceptanceController}), or return to the SPOC with a reason.
 */
@Controller
class InboxController {

    private final ReferralInbox inbox;

    InboxController(ReferralInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("results", inbox.waiting(ResultPage.indexOf(page), 25));
        model.addAttribute("returnReasons", ReturnReason.values());
        if (!model.containsAttribute("returnErrors")) {
            model.addAttribute("returnErrors", java.util.Map.of());
        }
        model.addAttribute("links", new ReferralQueueController.PageLinks("/inbox"));
        return "referral/inbox";
    }

    @PostMapping("/inbox/{id}/return")
    String giveBack(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String why,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        try {
            inbox.giveBack(id, reason(why), reason);
            redirect.addFlashAttribute("flash", Messages.text("referral.flash.returned"));
        } catch (DomainRuleViolation refused) {
            java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
            refused.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            redirect.addFlashAttribute("returnErrors", errors);
            redirect.addFlashAttribute("problemFor", id);
            redirect.addFlashAttribute("returnWhy", why);
            redirect.addFlashAttribute("returnWords", reason);
        }
        return "redirect:/inbox";
    }

    private static @Nullable ReturnReason reason(@Nullable String why) {
        try {
            return why == null || why.isBlank() ? null : ReturnReason.valueOf(why);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
