package org.onedoor.treatment.prescribing;

import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.web.FormErrors;
import org.onedoor.treatment.EpisodeId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The prescribing page of an episode and its forms: start a course, change, review and stop it. */
@Controller
class PrescribingController {

    private static final Map<String, String> ON = Map.of("changedOn", "on", "reviewedOn", "on", "stoppedOn", "on");

    private final Prescribing prescribing;
    private final PrescribingRecords records;
    private final PrescribingOptions options;
    private final org.onedoor.security.CurrentUsers currentUsers;

    PrescribingController(
            Prescribing prescribing,
            PrescribingRecords records,
            PrescribingOptions options,
            org.onedoor.security.CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
        this.prescribing = prescribing;
        this.records = records;
        this.options = options;
    }

    @GetMapping("/episodes/{id}/prescribing")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("prescribing", records.forEpisode(id));
        model.addAttribute(
                "mayPrescribe", currentUsers.require().has(org.onedoor.security.Privilege.PRESCRIBING_RECORD));
        return "treatment/prescribing/page";
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @GetMapping("/episodes/{id}/prescribing/new")
    String startForm(@PathVariable UUID id, Model model) {
        return start(id, StartForm.empty(), model);
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @PostMapping("/episodes/{id}/prescribing/new")
    String start(
            @PathVariable UUID id,
            @ModelAttribute(FORM) StartForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        NewCourse course = new NewCourse(
                new EpisodeId(id),
                FormSupport.id(form.interventionId()),
                form.medicine(),
                form.medicineOther(),
                FormSupport.decimal(
                        errors, form.doseMg(), "doseMg", Messages.text("prescribing.doseMg.notANumber.example")),
                FormSupport.choice(Instalment.class, form.instalment()),
                Boolean.TRUE.equals(form.supervised()),
                FormSupport.integer(
                        errors,
                        form.supervisedDays(),
                        "supervisedDays",
                        Messages.text("prescribing.supervisedDays.notANumber.daysAWeek")),
                form.pharmacyName(),
                form.pharmacyCode(),
                FormSupport.id(form.pharmacyOrganisation()),
                FormSupport.choice(PrescriberKind.class, form.prescriberKind()),
                OrganisationId.ofNullable(FormSupport.id(form.prescriberOrganisation())),
                form.prescriberName(),
                FormSupport.date(errors, form.startedOn(), "startedOn", "The start date"),
                FormSupport.date(errors, form.nextReviewOn(), "nextReviewOn", "The review date"));
        try {
            if (!errors.hasErrors()) {
                prescribing.start(course);
                redirect.addFlashAttribute("flash", Messages.text("prescribing.flash.prescribingCourseStarted"));
                return "redirect:/episodes/" + id + "/prescribing";
            }
        } catch (DomainRuleViolation refused) {
            FormSupport.ERRORS.reject(errors, refused);
        }
        FormErrors.show(model, errors);
        return start(id, form, model);
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @GetMapping("/prescribing/{course}/{kind}")
    String changeForm(@PathVariable UUID course, @PathVariable String kind, Model model) {
        return change(course, kind(kind), ChangeForm.empty(), model);
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @PostMapping("/prescribing/{course}/{kind}")
    String change(
            @PathVariable UUID course,
            @PathVariable String kind,
            @ModelAttribute(FORM) ChangeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String action = kind(kind);
        LocalDate on = FormSupport.date(errors, form.on(), "on", "The date");
        java.math.BigDecimal dose =
                FormSupport.decimal(errors, form.doseMg(), "doseMg", Messages.text("prescribing.doseMg.notANumber"));
        Integer days = FormSupport.integer(
                errors,
                form.supervisedDays(),
                "supervisedDays",
                Messages.text("prescribing.supervisedDays.notANumber"));
        LocalDate next = FormSupport.date(errors, form.nextReviewOn(), "nextReviewOn", "The next review date");
        try {
            if (!errors.hasErrors()) {
                switch (action) {
                    case "dose" -> prescribing.changeDose(course, on, dose, form.reason());
                    case "supervision" ->
                        prescribing.changeSupervision(
                                course,
                                on,
                                FormSupport.choice(Instalment.class, form.instalment()),
                                Boolean.TRUE.equals(form.supervised()),
                                days,
                                form.reason());
                    case "review" ->
                        prescribing.review(course, new CourseReview(on, form.reviewer(), form.outcome(), next));
                    default -> prescribing.stop(course, on, form.reason());
                }
                redirect.addFlashAttribute("flash", Messages.text("prescribing.flash.prescribingRecordUpdated"));
                return "redirect:/episodes/" + records.episodeOf(course) + "/prescribing";
            }
        } catch (DomainRuleViolation refused) {
            FormSupport.ERRORS.reject(errors, refused, FormErrors.renamed(ON));
        }
        FormErrors.show(model, errors);
        return change(course, action, form, model);
    }

    private String start(UUID id, StartForm form, Model model) {
        model.addAttribute("prescribing", records.forEpisode(id));
        model.addAttribute(FORM, form);
        options.addTo(model, id);
        return "treatment/prescribing/start";
    }

    private String change(UUID course, String kind, ChangeForm form, Model model) {
        UUID episode = records.episodeOf(course);
        model.addAttribute("prescribing", records.forEpisode(episode));
        model.addAttribute("courseId", course);
        model.addAttribute("kind", kind);
        model.addAttribute(FORM, form);
        model.addAttribute("instalments", FormSupport.options(Instalment.values(), Instalment::label));
        return "treatment/prescribing/change";
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "dose", "supervision", "review", "stop" -> kind;
            default -> throw new org.onedoor.shared.NotFound("Prescribing form", kind);
        };
    }
}
