package org.onedoor.treatment.web;

import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.onedoor.shared.Messages;
import org.onedoor.shared.TypedDate;
import org.onedoor.treatment.EpisodeManagement;
import org.onedoor.treatment.EpisodeRecords;
import org.onedoor.treatment.EpisodeTransfers;
import org.onedoor.treatment.EpisodeView;
import org.onedoor.treatment.TreatmentSettings;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The episode page, the client record's list of episodes, and the care-plan start. */
@Controller
class EpisodeController {

    private final EpisodeRecords records;
    private final EpisodeManagement episodes;
    private final EpisodeTransfers transfers;
    private final org.onedoor.security.CurrentUsers currentUsers;
    private final Clock clock;
    private final String window;

    EpisodeController(
            EpisodeRecords records,
            EpisodeManagement episodes,
            EpisodeTransfers transfers,
            org.onedoor.security.CurrentUsers currentUsers,
            Clock clock,
            TreatmentSettings settings) {
        this.records = records;
        this.episodes = episodes;
        this.transfers = transfers;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.window = words(settings.rePresentationWindow());
    }

    /** "6 months", "1 year and 3 months". */
    static String words(java.time.Period period) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (period.getYears() > 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() > 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() > 0 || parts.isEmpty()) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" and ", parts);
    }

    @GetMapping("/episodes/{id}")
    String episode(@PathVariable UUID id, Model model) {
        EpisodeView episode = records.episode(id);
        model.addAttribute("episode", episode);
        model.addAttribute("continuedBy", transfers.continuedBy(id));
        model.addAttribute("window", window);
        model.addAttribute("transferredTo", episode.transferredToName() == null ? null : transfers.transferredTo(id));
        return "treatment/episodes/episode";
    }

    /** The client's episodes, as a fragment the client record loads (and a page of its own without htmx). */
    @GetMapping("/clients/{clientId}/episodes")
    String forClient(
            @PathVariable UUID clientId,
            Model model,
            Authentication authentication,
            @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false)
                    String htmx) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("episodes", records.forClient(clientId));
        boolean mayOpen = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("TREATMENT_RECORD"));
        model.addAttribute("mayOpen", mayOpen);
        model.addAttribute(
                "awaiting",
                mayOpen && authentication.getPrincipal() != null
                        ? records.referralsAwaitingEpisode(
                                clientId, currentUsers.require().organisationId())
                        : java.util.List.of());
        return htmx != null ? "treatment/episodes/client-episodes :: list" : "treatment/episodes/client-episodes";
    }

    @GetMapping("/episodes/{id}/care-plan-start")
    String carePlanForm(@PathVariable UUID id, Model model) {
        episodes.requireMayChange(id);
        return OnDatePage.show(
                model,
                records.episode(id),
                null,
                "care-plan",
                new EpisodeForms.OnDate(TypedDate.of(LocalDate.now(clock))));
    }

    @PostMapping("/episodes/{id}/care-plan-start")
    String carePlan(
            @PathVariable UUID id,
            @ModelAttribute(FORM) EpisodeForms.OnDate form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = EpisodeForms.date(
                errors, form.on(), "on", "The date", Messages.text("treatment.carePlanStartedOn.required"));
        return EpisodeForms.ERRORS
                .submit(errors, model, form, () -> episodes.startCarePlan(id, on))
                .fieldsAs(OnDatePage::field)
                .thenRedirect(redirect, Messages.text("treatment.flash.carePlanStarted"), "/episodes/" + id)
                .orShow(() -> OnDatePage.show(model, records.episode(id), null, "care-plan", form));
    }
}
