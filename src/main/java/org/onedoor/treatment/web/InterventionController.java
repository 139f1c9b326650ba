package org.onedoor.treatment.web;

import static org.onedoor.shared.Text.tidy;
import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.TypedDate;
import org.onedoor.treatment.EpisodeRecords;
import org.onedoor.treatment.EpisodeView;
import org.onedoor.treatment.Interventions;
import org.onedoor.treatment.NewIntervention;
import org.onedoor.treatment.TreatmentCodes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referring a client to an intervention, its first offer, start, sub-interventions and end. */
@Controller
class InterventionController {

    private final Interventions interventions;
    private final EpisodeRecords records;
    private final TreatmentCodes codes;
    private final TreatmentOrganisations organisations;
    private final org.onedoor.treatment.EpisodeManagement episodes;
    private final Clock clock;

    InterventionController(
            Interventions interventions,
            EpisodeRecords records,
            TreatmentCodes codes,
            TreatmentOrganisations organisations,
            org.onedoor.treatment.EpisodeManagement episodes,
            Clock clock) {
        this.episodes = episodes;
        this.interventions = interventions;
        this.records = records;
        this.codes = codes;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/episodes/{id}/interventions/new")
    String newForm(@PathVariable UUID id, Model model) {
        episodes.requireMayChange(id);
        EpisodeView episode = records.episode(id);
        return newPage(
                episode,
                new EpisodeForms.NewIntervention(
                        null, null, episode.providerId().toString(), TypedDate.of(today()), null, null),
                model);
    }

    @PostMapping("/episodes/{id}/interventions/new")
    String refer(
            @PathVariable UUID id,
            @ModelAttribute(FORM) EpisodeForms.NewIntervention form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate referred = EpisodeForms.date(
                errors,
                form.referredOn(),
                "referredOn",
                "The referral date",
                Messages.text("treatment.referredOn.required.enterDateClient"));
        LocalDate offered =
                EpisodeForms.date(errors, form.firstOfferedOn(), "firstOfferedOn", "The first appointment date", null);
        LocalDate started = EpisodeForms.date(errors, form.startedOn(), "startedOn", "The start date", null);
        return EpisodeForms.ERRORS
                .submit(
                        errors,
                        model,
                        form,
                        () -> interventions.refer(
                                id,
                                new NewIntervention(
                                        tidy(form.type()),
                                        tidy(form.setting()),
                                        EpisodeForms.id(form.deliveredBy()),
                                        referred,
                                        offered,
                                        started)))
                .thenRedirect(redirect, Messages.text("treatment.flash.interventionAdded"), "/episodes/" + id)
                .orShow(() -> newPage(records.episode(id), form, model));
    }

    @GetMapping("/episodes/{id}/interventions/{iid}/start")
    String startForm(@PathVariable UUID id, @PathVariable UUID iid, Model model) {
        episodes.requireMayChange(id);
        return dated(id, iid, "start", new EpisodeForms.OnDate(TypedDate.of(today())), model);
    }

    @PostMapping("/episodes/{id}/interventions/{iid}/start")
    String start(
            @PathVariable UUID id,
            @PathVariable UUID iid,
            @ModelAttribute(FORM) EpisodeForms.OnDate form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = EpisodeForms.date(
                errors, form.on(), "on", "The start date", Messages.text("treatment.startedOn.required"));
        return EpisodeForms.ERRORS
                .submit(errors, model, form, () -> interventions.start(id, iid, on))
                .fieldsAs(OnDatePage::field)
                .thenRedirect(redirect, Messages.text("treatment.flash.interventionStarted"), "/episodes/" + id)
                .orShow(() -> dated(id, iid, "start", form, model));
    }

    @GetMapping("/episodes/{id}/interventions/{iid}/offer")
    String offerForm(@PathVariable UUID id, @PathVariable UUID iid, Model model) {
        episodes.requireMayChange(id);
        return dated(id, iid, "offer", new EpisodeForms.OnDate(TypedDate.of(today())), model);
    }

    @PostMapping("/episodes/{id}/interventions/{iid}/offer")
    String offer(
            @PathVariable UUID id,
            @PathVariable UUID iid,
            @ModelAttribute(FORM) EpisodeForms.OnDate form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = EpisodeForms.date(
                errors, form.on(), "on", "The date", Messages.text("treatment.firstOfferedOn.required"));
        return EpisodeForms.ERRORS
                .submit(errors, model, form, () -> interventions.offerFirstAppointment(id, iid, on))
                .fieldsAs(OnDatePage::field)
                .thenRedirect(redirect, Messages.text("treatment.flash.firstAppointmentOffered"), "/episodes/" + id)
                .orShow(() -> dated(id, iid, "offer", form, model));
    }

    @GetMapping("/episodes/{id}/interventions/{iid}/end")
    String endForm(@PathVariable UUID id, @PathVariable UUID iid, Model model) {
        episodes.requireMayChange(id);
        return endPage(id, iid, new EpisodeForms.End(TypedDate.of(today()), null), model);
    }

    @PostMapping("/episodes/{id}/interventions/{iid}/end")
    String end(
            @PathVariable UUID id,
            @PathVariable UUID iid,
            @ModelAttribute(FORM) EpisodeForms.End form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = EpisodeForms.date(
                errors, form.endedOn(), "endedOn", "The end date", Messages.text("treatment.endedOn.required"));
        if (tidy(form.exitStatus()) == null) {
            EpisodeForms.ERRORS.reject(
                    errors, "exitStatus", "REQUIRED", Messages.text("treatment.exitStatus.required"));
        }
        return EpisodeForms.ERRORS
                .submit(
                        errors,
                        model,
                        form,
                        () -> interventions.end(id, iid, on, form.exitStatus().strip()))
                .thenRedirect(redirect, Messages.text("treatment.flash.interventionEnded"), "/episodes/" + id)
                .orShow(() -> endPage(id, iid, form, model));
    }

    @GetMapping("/episodes/{id}/interventions/{iid}/sub-interventions/new")
    String subForm(@PathVariable UUID id, @PathVariable UUID iid, Model model) {
        episodes.requireMayChange(id);
        return subPage(id, iid, new EpisodeForms.Sub(null, TypedDate.of(today())), model);
    }

    @PostMapping("/episodes/{id}/interventions/{iid}/sub-interventions/new")
    String sub(
            @PathVariable UUID id,
            @PathVariable UUID iid,
            @ModelAttribute(FORM) EpisodeForms.Sub form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = EpisodeForms.date(
                errors, form.startedOn(), "startedOn", "The start date", Messages.text("treatment.startedOn.required"));
        if (tidy(form.subType()) == null) {
            EpisodeForms.ERRORS.reject(errors, "subType", "REQUIRED", Messages.text("treatment.subType.required"));
        }
        return EpisodeForms.ERRORS
                .submit(
                        errors,
                        model,
                        form,
                        () -> interventions.addSubIntervention(
                                id, iid, form.subType().strip(), on))
                .thenRedirect(redirect, Messages.text("treatment.flash.subInterventionAdded"), "/episodes/" + id)
                .orShow(() -> subPage(id, iid, form, model));
    }

    private String newPage(EpisodeView episode, EpisodeForms.NewIntervention form, Model model) {
        model.addAttribute("episode", episode);
        model.addAttribute("types", EpisodeForms.options(codes.interventionTypes(today())));
        model.addAttribute("settings", EpisodeForms.options(codes.settings(today())));
        model.addAttribute("organisations", organisations.options());
        model.addAttribute(FORM, form);
        return "treatment/episodes/intervention-new";
    }

    private String dated(UUID id, UUID iid, String kind, EpisodeForms.OnDate form, Model model) {
        EpisodeView episode = records.episode(id);
        return OnDatePage.show(model, episode, intervention(episode, iid), kind, form);
    }

    private String endPage(UUID id, UUID iid, EpisodeForms.End form, Model model) {
        EpisodeView episode = records.episode(id);
        model.addAttribute("episode", episode);
        model.addAttribute("intervention", intervention(episode, iid));
        model.addAttribute("exitStatuses", EpisodeForms.options(codes.exitStatuses(today())));
        model.addAttribute(FORM, form);
        return "treatment/episodes/intervention-end";
    }

    private String subPage(UUID id, UUID iid, EpisodeForms.Sub form, Model model) {
        EpisodeView episode = records.episode(id);
        EpisodeView.InterventionView intervention = intervention(episode, iid);
        model.addAttribute("episode", episode);
        model.addAttribute("intervention", intervention);
        model.addAttribute(
                "subTypes",
                EpisodeForms.options(codes.subInterventionTypes(today()).stream()
                        .filter(code -> intervention.type().equals(code.group()))
                        .toList()));
        model.addAttribute(FORM, form);
        return "treatment/episodes/sub-new";
    }

    static EpisodeView.InterventionView intervention(EpisodeView episode, UUID iid) {
        return episode.interventions().stream()
                .filter(i -> i.id().equals(iid))
                .findFirst()
                .orElseThrow(() -> new NotFound("Intervention", iid));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
