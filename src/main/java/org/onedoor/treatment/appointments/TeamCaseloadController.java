package org.onedoor.treatment.appointments;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.treatment.Keyworkers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A team manager's caseloads by keyworker with what is overdue, and handing one keyworker's whole caseload to
 * another (when someone leaves), after a confirmation page that says how many clients move.
 */
@Controller
class TeamCaseloadController {

    private final TeamCaseloads caseloads;
    private final Keyworkers keyworkers;
    private final CurrentUsers currentUsers;

    TeamCaseloadController(TeamCaseloads caseloads, Keyworkers keyworkers, CurrentUsers currentUsers) {
        this.caseloads = caseloads;
        this.keyworkers = keyworkers;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/caseloads")
    String team(Model model) {
        model.addAttribute("caseloads", caseloads.ofMyTeam());
        return "treatment/appointments/team-caseloads";
    }

    @GetMapping("/caseloads/{username}/handover")
    String handoverForm(@PathVariable String username, Model model) {
        return handoverPage(username, null, null, model);
    }

    @PostMapping("/caseloads/{username}/handover")
    String handover(
            @PathVariable String username,
            @RequestParam(required = false) @Nullable String keyworkerUsername,
            @RequestParam(required = false) @Nullable String confirm,
            Model model,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            return handoverPage(
                    username,
                    keyworkerUsername,
                    Map.of("confirm", Messages.text("appointment.confirm.required")),
                    model);
        }
        try {
            int moved = keyworkers.reassignCaseload(username, keyworkerUsername);
            redirect.addFlashAttribute("flash", moved == 1 ? "1 client handed over" : moved + " clients handed over");
            return "redirect:/caseloads";
        } catch (DomainRuleViolation refused) {
            return handoverPage(
                    username,
                    keyworkerUsername,
                    Map.of(
                            refused.field() == null ? "keyworkerUsername" : refused.field(),
                            refused.problems().isEmpty()
                                    ? refused.getMessage()
                                    : refused.problems().get(0).message()),
                    model);
        }
    }

    private String handoverPage(
            String username, @Nullable String chosen, @Nullable Map<String, String> errors, Model model) {
        Map<String, String> options = new java.util.LinkedHashMap<>(
                keyworkers.options(currentUsers.require().organisationId()));
        options.remove(username);
        model.addAttribute("username", username);
        model.addAttribute("size", keyworkers.caseloadSize(username));
        model.addAttribute("options", options);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        return "treatment/appointments/handover";
    }
}
