package org.onedoor.partnership;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff of the directory: everyone may list and read them; administrators add them and record changes. */
@Controller
@RequestMapping("/directory/staff")
class DirectoryStaffController extends DirectoryBaseController {

    private static final String FORM_VIEW = "partnership/directory/staff-form";
    private static final Set<String> SORTABLE = Set.of("name", "jobRole", "organisation", "activeFrom");

    DirectoryStaffController(Directory directory, Clock clock) {
        super(directory, clock);
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String left,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String page,
            Model model) {
        DirectoryListForm search = new DirectoryListForm(
                "/directory/staff", "organisation", SORTABLE, "name", q, organisation, left, sort, order, page);
        UUID organisationId = StaffForm.uuidOf(organisation).orElse(null);
        model.addAttribute("search", search);
        model.addAttribute("organisations", organisations(organisationId));
        model.addAttribute("today", today());
        model.addAttribute(
                "results",
                directory.staff(new StaffSearch(
                        search.text(),
                        organisationId,
                        search.includeLeft(),
                        today(),
                        search.sortColumn(),
                        search.descending(),
                        search.pageIndex(),
                        PAGE_SIZE)));
        return "partnership/directory/staff";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("member", directory.staffMember(id));
        model.addAttribute("history", history(id));
        model.addAttribute("today", today());
        return "partnership/directory/staff-member";
    }

    @GetMapping("/new")
    String initCreateForm(@RequestParam(required = false) @Nullable UUID organisation, Model model) {
        requireManage();
        return form(model, StaffForm.blank(organisation), null);
    }

    @PostMapping("/new")
    String processCreateForm(
            @Valid @ModelAttribute(FORM) StaffForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireManage();
        StaffDetails details = details(form, errors);
        String done = attempt(errors, details, "staff.changedMeanwhile", () -> {
            UUID id = directory.registerStaff(details);
            redirect.addFlashAttribute("flash", details.givenName() + " " + details.familyName() + " is added");
            return "redirect:/directory/staff/" + id;
        });
        return doneOrAgain(done, model, errors, form, () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable UUID id, Model model) {
        requireManage();
        return form(model, StaffForm.of(directory.staffMember(id)), id);
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) StaffForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireManage();
        StaffSummary current = directory.staffMember(id);
        StaffDetails details = details(form, errors);
        String done = attempt(errors, details, "staff.changedMeanwhile", () -> {
            requireVersion(current.version(), form.version(), "Staff member " + id);
            directory.amendStaff(id, details);
            redirect.addFlashAttribute(
                    "flash", "Changes to " + details.givenName() + " " + details.familyName() + " are saved");
            return "redirect:/directory/staff/" + id;
        });
        return doneOrAgain(done, model, errors, form, () -> form(model, form, id));
    }

    /** The details to save, or null when the form has errors (which are then in {@code errors}). */
    private @Nullable StaffDetails details(StaffForm form, BindingResult errors) {
        UUID organisation = form.organisation().orElse(null);
        if (organisation == null) {
            reject(errors, "organisationId", "staff.organisationId.required");
        }
        Period period = period(errors, form.activeFrom(), form.activeTo());
        if (errors.hasErrors() || organisation == null || period.from() == null) {
            return null;
        }
        return form.details(organisation, period.from(), period.to());
    }

    private String form(Model model, StaffForm form, @Nullable UUID id) {
        model.addAttribute(FORM, form);
        model.addAttribute("id", id);
        model.addAttribute("organisations", organisations(form.organisation().orElse(null)));
        return FORM_VIEW;
    }

    /** Active organisations by name, plus the one already chosen if it has since left. */
    private Map<String, String> organisations(@Nullable UUID chosen) {
        Map<String, String> options = new LinkedHashMap<>(); // activeOrganisations(null): every type
        directory
                .activeOrganisations(null)
                .forEach(each -> options.put(each.id().toString(), each.name()));
        if (chosen != null && !options.containsKey(chosen.toString())) {
            directory
                    .findOrganisation(chosen)
                    .ifPresent(left -> options.put(left.id().toString(), left.name() + " (left)"));
        }
        return options;
    }
}
