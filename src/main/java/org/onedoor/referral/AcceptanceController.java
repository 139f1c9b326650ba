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

/**
 * Accepting a referral: the worker first sees the existing client records that may be the person and confirms one,
 * or says it is a new client. Nothing is matched silently; a choice that is not on the page is refused at the field.
 */
@Controller
class AcceptanceController {

    static final String NEW_CLIENT = "new";

    private final ReferralInbox inbox;

    AcceptanceController(ReferralInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox/{id}/acceptance")
    String confirm(@PathVariable UUID id, Model model) {
        model.addAttribute("acceptance", inbox.acceptance(id));
        return "referral/acceptance";
    }

    @PostMapping("/inbox/{id}/acceptance")
    String accept(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String client,
            Model model,
            RedirectAttributes redirect) {
        if (client == null || client.isBlank()) {
            return again(id, client, Messages.text("referral.client.required"), model);
        }
        UUID chosen = null;
        if (!client.equals(NEW_CLIENT)) {
            try {
                chosen = UUID.fromString(client);
            } catch (IllegalArgumentException notAnId) {
                return again(id, client, Messages.text("referral.client.notACandidate"), model);
            }
        }
        try {
            inbox.accept(id, chosen);
        } catch (DomainRuleViolation refused) {
            if (!"client".equals(refused.field())) {
                // no longer waiting for this organisation (returned, or accepted by a colleague meanwhile)
                redirect.addFlashAttribute("problem", refused.getMessage());
                return "redirect:/inbox";
            }
            return again(id, client, refused.getMessage(), model);
        }
        redirect.addFlashAttribute(
                "flash",
                chosen == null
                        ? Messages.text("referral.flash.acceptedNewClient")
                        : Messages.text("referral.flash.acceptedLinked"));
        return "redirect:/inbox";
    }

    private String again(UUID id, @Nullable String chosen, String problem, Model model) {
        model.addAttribute("acceptance", inbox.acceptance(id));
        model.addAttribute("chosen", chosen);
        model.addAttribute("problem", problem);
        model.addAttribute("hasErrors", true);
        return "referral/acceptance";
    }
}
