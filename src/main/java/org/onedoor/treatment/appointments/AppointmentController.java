package org.onedoor.treatment.appointments;

import static org.onedoor.shared.Text.tidy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.treatment.careplan.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The appointments page of an episode: the list, book one, record a contact, record an outcome. */
@Controller
class AppointmentController {

    private final Appointments appointments;

    AppointmentController(Appointments appointments) {
        this.appointments = appointments;
    }

    @GetMapping("/episodes/{id}/appointments")
    String list(@PathVariable UUID id, Model model) {
        return page(id, Map.of(), Map.of(), null, model);
    }

    @PostMapping("/episodes/{id}/appointments")
    String book(
            @PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        boolean contact = "contact".equals(form.get("action"));
        FormValues values = new FormValues();
        LocalDate day = values.date(form.get("startsOn"), "startsOn");
        LocalTime time = values.time(form.get("startsAt"), "startsAt");
        if (day != null && time == null && !values.hasErrors()) {
            return page(id, Map.of("startsAt", Messages.text("appointment.startsAt.notATime")), form, null, model);
        }
        NewAppointment appointment = new NewAppointment(
                day == null || time == null ? null : LocalDateTime.of(day, time),
                values.number(form.get("durationMinutes"), "durationMinutes"),
                kind(form.get("kind")),
                uuid(form.get("venueId")),
                uuid(form.get("interventionId")),
                null,
                form.get("note"));
        try {
            if (values.hasErrors()) {
                return page(id, values.errors(null), form, null, model);
            }
            if (contact) {
                appointments.recordContact(id, appointment);
            } else {
                appointments.book(id, appointment);
            }
        } catch (DomainRuleViolation problems) {
            return page(id, values.errors(problems), form, null, model);
        }
        redirect.addFlashAttribute(
                "flash",
                Messages.text(contact ? "appointment.flash.contactRecorded" : "appointment.flash.appointmentBooked"));
        return "redirect:/episodes/" + id + "/appointments";
    }

    @PostMapping("/episodes/{id}/appointments/{appointmentId}/outcome")
    String outcome(
            @PathVariable UUID id,
            @PathVariable UUID appointmentId,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        AppointmentOutcome outcome = new AppointmentOutcome(
                status(form.get("status")),
                tidy(form.get("dnaReason")),
                tidy(form.get("cancelledBy")),
                form.get("cancellationReason"),
                form.get("note"),
                version(form.get("version")));
        try {
            appointments.recordOutcome(id, appointmentId, outcome);
        } catch (DomainRuleViolation problems) {
            return page(id, new FormValues().errors(problems), form, appointmentId, model);
        }
        redirect.addFlashAttribute(
                "flash",
                Messages.text(
                        "appointment.flash.outcomeRecorded",
                        outcome.status().label().toLowerCase()));
        return "redirect:/episodes/" + id + "/appointments";
    }

    private String page(
            UUID id, Map<String, String> errors, Map<String, String> typed, @Nullable UUID outcomeOf, Model model) {
        model.addAttribute("view", appointments.view(id));
        model.addAttribute("kinds", AppointmentKind.values());
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("typed", typed);
        model.addAttribute("outcomeOf", outcomeOf);
        model.addAttribute("hasErrors", !errors.isEmpty());
        return "treatment/appointments/appointments";
    }

    private static @Nullable AppointmentKind kind(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : AppointmentKind.valueOf(typed);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable AppointmentStatus status(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : AppointmentStatus.valueOf(typed);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable UUID uuid(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException unknown) {
            return new UUID(0, 0);
        }
    }

    private static int version(@Nullable String typed) {
        try {
            return typed == null ? -1 : Integer.parseInt(typed);
        } catch (NumberFormatException wrong) {
            return -1;
        }
    }
}
