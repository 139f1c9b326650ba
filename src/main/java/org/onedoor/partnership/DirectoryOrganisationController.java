package org.onedoor.partnership;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Arrays;
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

/** The organisations of the directory: everyone may list and read them; administrators register and change them. */
@Controller
@RequestMapping("/directory/organisations")
class DirectoryOrganisationController extends DirectoryBaseController {

    private static final String FORM_VIEW = "partnership/directory/organisation-form";
    private static final Set<String> SORTABLE = Set.of("name", "type", "odsCode", "town", "activeFrom");

    DirectoryOrganisationController(Directory directory, Clock clock) {
        super(directory, clock);
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String left,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String page,
            Model model) {
        DirectoryListForm search = new DirectoryListForm(
                "/directory/organisations", "type", SORTABLE, "name", q, type, left, sort, order, page);
        OrganisationType chosen = OrganisationForm.typeOf(type).orElse(null);
        model.addAttribute("search", search);
        model.addAttribute("types", types());
        model.addAttribute("today", today());
        model.addAttribute(
                "results",
                directory.organisations(new OrganisationSearch(
                        search.text(),
                        chosen,
                        search.includeLeft(),
                        today(),
                        search.sortColumn(),
                        search.descending(),
                        search.pageIndex(),
                        PAGE_SIZE)));
        return "partnership/directory/organisations";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("organisation", directory.organisation(id));
        model.addAttribute("history", history(id));
        model.addAttribute("today", today());
        return "partnership/directory/organisation";
    }

    @GetMapping("/new")
    String initCreateForm(Model model) {
        requireManage();
        return form(model, OrganisationForm.blank(), null);
    }

    @PostMapping("/new")
    String processCreateForm(
            @Valid @ModelAttribute(FORM) OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireManage();
        OrganisationDetails details = details(form, errors);
        String done = attempt(errors, details, "organisation.changedMeanwhile", () -> {
            UUID id = directory.registerOrganisation(details);
            redirect.addFlashAttribute("flash", details.name() + " is registered");
            return "redirect:/directory/organisations/" + id;
        });
        return doneOrAgain(done, model, errors, form, () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable UUID id, Model model) {
        requireManage();
        return form(model, OrganisationForm.of(directory.organisation(id)), id);
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireManage();
        OrganisationSummary current = directory.organisation(id);
        OrganisationDetails details = details(form, errors);
        String done = attempt(errors, details, "organisation.changedMeanwhile", () -> {
            requireVersion(current.version(), form.version(), "Organisation " + id);
            directory.amendOrganisation(id, details);
            redirect.addFlashAttribute("flash", "Changes to " + details.name() + " are saved");
            return "redirect:/directory/organisations/" + id;
        });
        return doneOrAgain(done, model, errors, form, () -> form(model, form, id));
    }

    /** The details to save, or null when the form has errors (which are then in {@code errors}). */
    private @Nullable OrganisationDetails details(OrganisationForm form, BindingResult errors) {
        OrganisationType type = form.organisationType().orElse(null);
        if (type == null) {
            reject(errors, "type", "organisation.type.required");
        }
        Period period = period(errors, form.activeFrom(), form.activeTo());
        if (errors.hasErrors() || type == null || period.from() == null) {
            return null;
        }
        return form.details(type, period.from(), period.to());
    }

    private String form(Model model, OrganisationForm form, @Nullable UUID id) {
        model.addAttribute(FORM, form);
        model.addAttribute("id", id);
        model.addAttribute("types", types());
        model.addAttribute(
                "fixedType",
                id == null
                        ? null
                        : form.organisationType().map(OrganisationType::label).orElse(null));
        return FORM_VIEW;
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        Arrays.stream(OrganisationType.values()).forEach(type -> types.put(type.name(), type.label()));
        return types;
    }
}
