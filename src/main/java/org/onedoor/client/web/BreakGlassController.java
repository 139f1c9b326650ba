package org.onedoor.client.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.AccessPolicy;
import org.onedoor.client.BreakGlass;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening a record outside one's normal access, with a reason: the form is on the refusal page and here. The page
 * never names the client, since the person may not know who it is yet.
 */
@Controller
class BreakGlassController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BreakGlass breakGlass;
    private final AccessPolicy access;
    private final RefusalPage page;
    private final Clock clock;

    BreakGlassController(BreakGlass breakGlass, AccessPolicy access, RefusalPage page, Clock clock) {
        this.breakGlass = breakGlass;
        this.access = access;
        this.page = page;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/break-glass")
    String initBreakGlassForm(@PathVariable UUID id, Model model, HttpServletResponse response) {
        AccessDecision decision = access.decide(id);
        if (decision.allowed()) {
            return "redirect:/clients/" + id;
        }
        if (!decision.mayBreakGlass()) {
            response.setStatus(403);
        }
        return page.show(model, id, decision.refusal(), decision.mayBreakGlass(), new BreakGlassForm(null), null);
    }

    @PostMapping("/clients/{id}/break-glass")
    String processBreakGlassForm(
            @PathVariable UUID id,
            @ModelAttribute("form") BreakGlassForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Instant until;
        try {
            until = breakGlass.open(id, form.reason() == null ? "" : form.reason());
        } catch (DomainRuleViolation refused) {
            if (refused.field() == null) {
                redirect.addFlashAttribute("flash", refused.getMessage());
                return "redirect:/clients/" + id;
            }
            BindingResult errors = new BeanPropertyBindingResult(form, "form");
            errors.addError(new FieldError(
                    "form",
                    refused.field(),
                    form.reason(),
                    false,
                    new String[] {"client." + refused.code()},
                    null,
                    refused.getMessage()));
            AccessDecision decision = access.decide(id);
            return page.show(model, id, decision.allowed() ? null : decision.refusal(), true, form, errors);
        }
        redirect.addFlashAttribute(
                "flash", Messages.text("client.flash.breakGlassAccess", TIME.format(until.atZone(clock.getZone()))));
        return "redirect:/clients/" + id;
    }
}
