package org.onedoor.site;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.ApiClientSummary;
import org.onedoor.security.ApiClients;
import org.onedoor.security.ApiClients.IssuedApiClient;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
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

/**
 * Administrators issue API client credentials to other systems and revoke them. The token is shown once, on the
 * page the issue redirects to (carried there as a flash attribute), and never again.
 */
@Controller
@RequestMapping("/admin/api-clients")
class ApiClientsController {

    private static final int PAGE_SIZE = 25;

    private final ApiClients clients;
    private final Directory directory;

    ApiClientsController(ApiClients clients, Directory directory) {
        this.clients = clients;
        this.directory = directory;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        int index = ResultPage.indexOf(page);
        model.addAttribute(
                "results", new ResultPage<>(clients.list(index, PAGE_SIZE), index, PAGE_SIZE, clients.count()));
        model.addAttribute("organisations", organisationNames());
        model.addAttribute("links", new UserAccountsController.PageLinks("/admin/api-clients?page="));
        return "site/api-clients/list";
    }

    @GetMapping("/new")
    String initIssueForm(Model model) {
        return form(NewApiClientForm.empty(), model);
    }

    @PostMapping("/new")
    String processIssueForm(
            @Valid @ModelAttribute("form") NewApiClientForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                IssuedApiClient issued = clients.issue(form.name(), form.organisationId(), form.privileges());
                redirect.addFlashAttribute("token", issued.token());
                redirect.addFlashAttribute("flash", Messages.text("security.flash.credentialIssued", issued.name()));
                return "redirect:/admin/api-clients/" + issued.id();
            } catch (DomainRuleViolation violation) {
                errors.rejectValue(
                        violation.field() == null ? "name" : violation.field(),
                        violation.code(),
                        violation.getMessage());
            }
        }
        model.addAttribute("hasErrors", true);
        return form(form, model);
    }

    @GetMapping("/{id}")
    String client(@PathVariable UUID id, Model model) {
        return show(id, new RevokeForm(""), model);
    }

    @PostMapping("/{id}/revocation")
    String revoke(
            @PathVariable UUID id,
            @ModelAttribute("form") RevokeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            clients.revoke(id, form.reason() == null ? "" : form.reason());
            redirect.addFlashAttribute("flash", Messages.text("security.flash.credentialRevoked"));
            return "redirect:/admin/api-clients/" + id;
        } catch (DomainRuleViolation violation) {
            errors.rejectValue("reason", violation.code(), violation.getMessage());
            model.addAttribute("hasErrors", true);
            return show(id, form, model);
        }
    }

    private String show(UUID id, RevokeForm form, Model model) {
        ApiClientSummary client = clients.find(id).orElseThrow(() -> new NotFound("API client", id.toString()));
        model.addAttribute("client", client);
        model.addAttribute(
                "organisation",
                directory
                        .findOrganisation(client.organisationId())
                        .map(OrganisationSummary::name)
                        .orElse("Unknown organisation"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "site/api-clients/client";
    }

    private String form(NewApiClientForm form, Model model) {
        model.addAttribute("form", form);
        Map<String, String> organisations = new LinkedHashMap<>();
        for (OrganisationType type : OrganisationType.values()) {
            if (type != OrganisationType.VENUE) {
                directory
                        .activeOrganisations(type)
                        .forEach(o -> organisations.put(o.id().toString(), o.name() + " (" + type.label() + ")"));
            }
        }
        model.addAttribute("organisationOptions", organisations);
        model.addAttribute("grantable", ApiClients.GRANTABLE);
        return "site/api-clients/new";
    }

    private Map<UUID, String> organisationNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (OrganisationType type : OrganisationType.values()) {
            directory.activeOrganisations(type).forEach(o -> names.put(o.id(), o.name()));
        }
        return names;
    }

    /** Why a credential is being revoked; kept with it. */
    record RevokeForm(String reason) {}
}
