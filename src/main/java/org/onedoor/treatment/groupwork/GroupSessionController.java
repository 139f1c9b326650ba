package org.onedoor.treatment.groupwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.StaffSearch;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scheduling a session of a programme and recording its register. */
@Controller
class GroupSessionController {

    private static final String ME = "me";

    private final GroupProgrammes programmes;
    private final GroupAttendance attendance;
    private final GroupQueries queries;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    GroupSessionController(
            GroupProgrammes programmes,
            GroupAttendance attendance,
            GroupQueries queries,
            Directory directory,
            CurrentUsers currentUsers,
            Clock clock) {
        this.programmes = programmes;
        this.attendance = attendance;
        this.queries = queries;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/groups/{id}/sessions/new")
    String newSession(@PathVariable UUID id, Model model) {
        return sessionForm(id, SessionForm.empty(), model);
    }

    @PostMapping("/groups/{id}/sessions/new")
    String schedule(
            @PathVariable UUID id,
            @ModelAttribute("form") SessionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate day = Forms.date(errors, form.date(), "date", "The date of the session", true);
        LocalTime time = null;
        if (form.time() == null || form.time().isBlank()) {
            errors.rejectValue("time", "REQUIRED", Messages.text("groupWork.time.required"));
        } else {
            try {
                time = LocalTime.parse(
                        form.time().strip().length() == 4
                                ? "0" + form.time().strip()
                                : form.time().strip());
            } catch (DateTimeParseException notATime) {
                errors.rejectValue("time", "NOT_A_TIME", Messages.text("groupWork.time.notATime"));
            }
        }
        Integer duration = Forms.number(errors, form.durationMinutes(), "durationMinutes", "The duration");
        Integer capacity = Forms.number(errors, form.capacity(), "capacity", "The number of places");
        UUID venue = uuid(form.venueId());
        UUID staff = ME.equals(form.facilitator()) ? null : uuid(form.facilitator());
        if (!ME.equals(form.facilitator()) && staff == null) {
            errors.rejectValue("facilitator", "REQUIRED", Messages.text("groupWork.facilitator.required"));
        }
        if (!errors.hasErrors()) {
            try {
                programmes.schedule(
                        id,
                        new NewSession(
                                LocalDateTime.of(day, time),
                                duration,
                                capacity,
                                venue,
                                staff,
                                Boolean.TRUE.equals(form.history())));
                redirect.addFlashAttribute("flash", Messages.text("groupWork.flash.sessionAdded"));
                return "redirect:/groups/" + id;
            } catch (DomainRuleViolation refused) {
                Forms.ERRORS.reject(
                        errors,
                        refused,
                        FormErrors.onlyOn(
                                Set.of("date", "durationMinutes", "capacity", "venueId", "facilitator"),
                                Map.of("startsAt", "date")));
            }
        }
        return sessionForm(id, form, model);
    }

    @GetMapping("/groups/sessions/{id}")
    String register(@PathVariable UUID id, Model model) {
        model.addAttribute("register", queries.register(id));
        model.addAttribute("statuses", AttendanceStatus.values());
        return "treatment/groups/register";
    }

    @PostMapping("/groups/sessions/{id}")
    String record(
            @PathVariable UUID id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<UUID, AttendanceStatus> statuses = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            UUID client = name.startsWith("attendance-") ? uuid(name.substring("attendance-".length())) : null;
            AttendanceStatus status = java.util.Arrays.stream(AttendanceStatus.values())
                    .filter(s -> s.name().equals(value))
                    .findFirst()
                    .orElse(null);
            if (client != null && status != null) {
                statuses.put(client, status);
            }
        });
        List<String> problems = new ArrayList<>();
        if (statuses.isEmpty()) {
            problems.add(Messages.text("groupWork.attendance.required"));
        } else {
            try {
                int saved = attendance.record(id, statuses);
                redirect.addFlashAttribute(
                        "flash",
                        Messages.text(
                                saved == 1
                                        ? "groupWork.flash.attendanceRecorded.one"
                                        : "groupWork.flash.attendanceRecorded",
                                saved));
                return "redirect:/groups/sessions/" + id;
            } catch (DomainRuleViolation refused) {
                refused.problems().forEach(problem -> problems.add(problem.message()));
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("typed", statuses);
        return register(id, model);
    }

    private String sessionForm(UUID id, SessionForm form, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<OrganisationSummary> venues = new ArrayList<>(directory.activeOrganisations(OrganisationType.VENUE));
        venues.addAll(directory.activeOrganisations(OrganisationType.GP_PRACTICE));
        Map<String, String> facilitators = new LinkedHashMap<>();
        facilitators.put(ME, "Me (" + currentUsers.require().displayName() + ")");
        directory
                .staff(new StaffSearch(
                        null, currentUsers.require().organisationId(), false, today, "name", false, 0, 100))
                .items()
                .forEach(s -> facilitators.put(s.id().toString(), s.fullName() + ", " + s.jobRole()));
        model.addAttribute("programme", queries.programme(id));
        model.addAttribute("form", form);
        model.addAttribute(
                "venues",
                Forms.options(
                        venues,
                        v -> v.id().toString(),
                        v -> v.name() + " (" + v.type().label() + ")"));
        model.addAttribute("facilitators", facilitators);
        return "treatment/groups/session-new";
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
