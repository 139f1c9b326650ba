package org.onedoor.treatment.groupwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.ClientRecords;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.web.FormErrors;
import org.onedoor.treatment.TreatmentCodes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The group-work screens for programmes: the list, a new programme, one programme and enrolling a client. */
@Controller
class GroupController {

    private final GroupProgrammes programmes;
    private final GroupAttendance attendance;
    private final GroupQueries queries;
    private final TreatmentCodes codes;
    private final ClientRecords records;
    private final Clock clock;

    GroupController(
            GroupProgrammes programmes,
            GroupAttendance attendance,
            GroupQueries queries,
            TreatmentCodes codes,
            ClientRecords records,
            Clock clock) {
        this.programmes = programmes;
        this.attendance = attendance;
        this.queries = queries;
        this.codes = codes;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/groups")
    String list(Model model) {
        model.addAttribute("programmes", queries.programmes());
        return "treatment/groups/list";
    }

    @GetMapping("/groups/new")
    String newProgramme(Model model) {
        return programmeForm(ProgrammeForm.empty(), model);
    }

    @PostMapping("/groups/new")
    String create(
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            UUID id = programmes.create(new NewProgramme(
                    form.name(), form.description(), form.interventionType(), form.subInterventionType()));
            redirect.addFlashAttribute(
                    "flash",
                    Messages.text("groupWork.flash.programmeSetUp", form.name().strip()));
            return "redirect:/groups/" + id;
        } catch (DomainRuleViolation refused) {
            Forms.ERRORS.reject(
                    errors,
                    refused,
                    FormErrors.onlyOn(
                            Set.of("name", "description", "interventionType", "subInterventionType"), Map.of()));
            return programmeForm(form, model);
        }
    }

    @GetMapping("/groups/{id}")
    String programme(@PathVariable UUID id, Model model) {
        return programmePage(id, new EnrolForm(null), model);
    }

    @PostMapping("/groups/{id}/enrolments")
    String enrol(
            @PathVariable UUID id,
            @ModelAttribute("form") EnrolForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.client() == null || form.client().isBlank()) {
            errors.rejectValue("client", "REQUIRED", Messages.text("groupWork.client.required"));
            return programmePage(id, form, model);
        }
        try {
            UUID client = records.idOf(form.client());
            attendance.enrol(id, client);
            redirect.addFlashAttribute(
                    "flash",
                    Messages.text(
                            "groupWork.flash.enrolled", form.client().strip().toUpperCase()));
            return "redirect:/groups/" + id;
        } catch (NotFound unknown) {
            errors.rejectValue(
                    "client",
                    "UNKNOWN_CLIENT",
                    Messages.text(
                            "groupWork.client.unknownClient", form.client().strip()));
        } catch (DomainRuleViolation refused) {
            Forms.ERRORS.reject(errors, refused, FormErrors.onlyOn(Set.of("client"), Map.of()));
        }
        return programmePage(id, form, model);
    }

    private String programmePage(UUID id, EnrolForm form, Model model) {
        model.addAttribute("programme", queries.programme(id));
        model.addAttribute("form", form);
        model.addAttribute("now", java.time.LocalDateTime.now(clock));
        return "treatment/groups/programme";
    }

    private String programmeForm(ProgrammeForm form, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", form);
        model.addAttribute(
                "interventionTypes",
                Forms.options(codes.interventionTypes(today), TreatmentCodes.Code::code, TreatmentCodes.Code::label));
        model.addAttribute(
                "subTypes",
                Forms.options(
                        codes.subInterventionTypes(today),
                        TreatmentCodes.Code::code,
                        code -> code.label() + " (" + code.group().toLowerCase().replace('_', ' ') + ")"));
        return "treatment/groups/programme-new";
    }
}
