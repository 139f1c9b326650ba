package org.onedoor.treatment.web;

import org.jspecify.annotations.Nullable;
import org.onedoor.shared.web.FormErrors;
import org.onedoor.treatment.EpisodeView;
import org.springframework.ui.Model;

/** The one-date forms: care-plan start, an intervention's first offer and start. */
final class OnDatePage {

    private OnDatePage() {}

    static String show(
            Model model,
            EpisodeView episode,
            EpisodeView.@Nullable InterventionView intervention,
            String kind,
            EpisodeForms.OnDate form) {
        model.addAttribute("episode", episode);
        model.addAttribute("intervention", intervention);
        model.addAttribute("kind", kind);
        model.addAttribute(FormErrors.FORM, form);
        return "treatment/episodes/on-date";
    }

    /** The services name the date field (startedOn, firstOfferedOn, carePlanStartedOn); the form calls it "on". */
    static String field(String named) {
        return "on";
    }
}
