package org.onedoor.treatment.web;

import static org.onedoor.shared.Text.tidy;
import static org.onedoor.shared.web.FormErrors.FORM;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.web.FormErrors;
import org.onedoor.treatment.EpisodeRecords;
import org.onedoor.treatment.EpisodeView;
import org.onedoor.treatment.Keyworkers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Handing one client's open episode to another keyworker of its provider. */
@Controller
class KeyworkerController {

    private final Keyworkers keyworkers;
    private final EpisodeRecords records;

    KeyworkerController(Keyworkers keyworkers, EpisodeRecords records) {
        this.keyworkers = keyworkers;
        this.records = records;
    }

    @GetMapping("/episodes/{id}/keyworker")
    String form(@PathVariable UUID id, Model model) {
        keyworkers.requireMayChange(id);
        EpisodeView episode = records.episode(id);
        return page(episode, new Change(episode.keyworkerUsername()), model);
    }

    @PostMapping("/episodes/{id}/keyworker")
    String change(
            @PathVariable UUID id,
            @ModelAttribute(FORM) Change form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            keyworkers.reassign(id, tidy(form.keyworkerUsername()));
            redirect.addFlashAttribute("flash", Messages.text("treatment.flash.keyworkerChanged"));
            return "redirect:/episodes/" + id;
        } catch (DomainRuleViolation refused) {
            EpisodeForms.ERRORS.reject(errors, refused);
        }
        FormErrors.show(model, errors, form);
        return page(records.episode(id), form, model);
    }

    private String page(EpisodeView episode, Change form, Model model) {
        if (!episode.open()) {
            throw new DomainRuleViolation(
                    "EPISODE_CLOSED", null, Messages.text("treatment.record.episodeClosed.episodeHasBeen"));
        }
        model.addAttribute("episode", episode);
        model.addAttribute("keyworkers", keyworkers.options(episode.providerId().value()));
        model.addAttribute(FORM, form);
        return "treatment/episodes/keyworker";
    }

    /** The keyworker chosen. */
    record Change(@Nullable String keyworkerUsername) {}
}
