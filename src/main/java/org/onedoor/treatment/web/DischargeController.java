package org.onedoor.treatment.web;

import static org.onedoor.shared.Text.tidy;
import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.onedoor.assessment.OutcomeSchedule;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.TypedDate;
import org.onedoor.treatment.Discharge;
import org.onedoor.treatment.EpisodeManagement;
import org.onedoor.treatment.EpisodeRecords;
import org.onedoor.treatment.EpisodeView;
import org.onedoor.treatment.OutcomeClass;
import org.onedoor.treatment.TreatmentCodes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Discharging an episode with an NDTMS reason, grouped by outcome; a transfer names the receiving provider. The page
 * warns, without stopping the discharge, when the episode has no exit TOP (or AOR) on record.
 */
@Controller
class DischargeController {

    private final EpisodeManagement episodes;
    private final EpisodeRecords records;
    private final TreatmentCodes codes;
    private final TreatmentOrganisations organisations;
    private final Clock clock;
    private final OutcomeSchedule outcomes;

    DischargeController(
            EpisodeManagement episodes,
            EpisodeRecords records,
            TreatmentCodes codes,
            TreatmentOrganisations organisations,
            Clock clock,
            OutcomeSchedule outcomes) {
        this.outcomes = outcomes;
        this.episodes = episodes;
        this.records = records;
        this.codes = codes;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/episodes/{id}/discharge")
    String form(@PathVariable UUID id, Model model) {
        episodes.requireMayChange(id);
        return page(
                records.episode(id),
                new EpisodeForms.Discharge(null, TypedDate.of(LocalDate.now(clock)), null, null, null),
                model);
    }

    @PostMapping("/episodes/{id}/discharge")
    String discharge(
            @PathVariable UUID id,
            @ModelAttribute(FORM) EpisodeForms.Discharge form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = EpisodeForms.date(
                errors,
                form.dischargedOn(),
                "dischargedOn",
                "The date of discharge",
                Messages.text("treatment.dischargedOn.required"));
        if (tidy(form.reason()) == null) {
            EpisodeForms.ERRORS.reject(errors, "reason", "REQUIRED", Messages.text("treatment.reason.required"));
        }
        return EpisodeForms.ERRORS
                .submit(
                        errors,
                        model,
                        form,
                        () -> episodes.discharge(
                                id,
                                new Discharge(
                                        form.reason().strip(),
                                        on,
                                        tidy(form.destination()),
                                        EpisodeForms.id(form.transferTo()),
                                        tidy(form.lateReason()))))
                .thenRedirect(redirect, Messages.text("treatment.flash.episodeDischarged"), "/episodes/" + id)
                .orShow(() -> page(records.episode(id), form, model));
    }

    private String page(EpisodeView episode, EpisodeForms.Discharge form, Model model) {
        if (!episode.open()) {
            throw new DomainRuleViolation("EPISODE_CLOSED", null, Messages.text("treatment.record.episodeClosed"));
        }
        Map<String, Map<String, String>> reasons = new LinkedHashMap<>();
        for (OutcomeClass outcome : OutcomeClass.values()) {
            Map<String, String> group = new LinkedHashMap<>();
            codes.dischargeReasons(LocalDate.now(clock)).stream()
                    .filter(code -> outcome.name().equals(code.group()))
                    .forEach(code -> group.put(code.code(), code.label()));
            if (!group.isEmpty()) {
                reasons.put(outcome.label(), group);
            }
        }
        Map<String, String> providers = organisations.options();
        providers.remove(episode.providerId().toString());
        model.addAttribute("episode", episode);
        String missingExit = outcomes.missingExit(episode.id().value());
        model.addAttribute("missingExit", missingExit);
        model.addAttribute("exitInstrument", "AOR".equals(missingExit) ? "aor" : "top");
        model.addAttribute("backdateDays", episodes.backdateDays());
        model.addAttribute("reasons", reasons);
        model.addAttribute("providers", providers);
        model.addAttribute(FORM, form);
        return "treatment/episodes/discharge";
    }
}
