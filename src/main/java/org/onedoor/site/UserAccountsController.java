package org.onedoor.site;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Passwords;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccountSummary;
import org.onedoor.security.UserAccounts;
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

/** Administrators open accounts, grant roles, unlock and disable them. Accounts are never deleted. */
@Controller
@RequestMapping("/admin/users")
class UserAccountsController {

    private static final int PAGE_SIZE = 25;

    private final UserAccounts accounts;
    private final Directory directory;

    private final CurrentUsers currentUsers;
    private final Passwords passwords;

    UserAccountsController(UserAccounts accounts, Directory directory, CurrentUsers currentUsers, Passwords passwords) {
        this.accounts = accounts;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.passwords = passwords;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        int index = ResultPage.indexOf(page);
        var items = accounts.list(q, index, PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("results", new ResultPage<>(items, index, PAGE_SIZE, accounts.count(q)));
        model.addAttribute("organisations", organisationNames());
        model.addAttribute(
                "links",
                new PageLinks("/admin/users?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
                        + "&page="));
        return "site/users/list";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        return form(NewAccountForm.empty(), model);
    }

    @PostMapping("/new")
    String open(
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.open(new org.onedoor.security.NewUserAccount(
                        form.username(),
                        form.displayName().strip(),
                        form.password(),
                        form.organisationId(),
                        null,
                        form.roles()));
                passwords.requireChangeAtNextSignIn(form.username());
                redirect.addFlashAttribute(
                        "flash",
                        Messages.text(
                                "security.flash.accountOpened", form.username().toLowerCase()));
                return "redirect:/admin/users/" + form.username().strip().toLowerCase();
            } catch (DomainRuleViolation violation) {
                errors.rejectValue(
                        violation.field() == null ? "username" : violation.field(),
                        violation.code(),
                        violation.getMessage());
            }
        }
        model.addAttribute("hasErrors", true);
        return form(form, model);
    }

    @GetMapping("/{username}")
    String account(@PathVariable String username, Model model) {
        UserAccountSummary account = accounts.find(username).orElseThrow(() -> new NotFound("User account", username));
        model.addAttribute("account", account);
        model.addAttribute(
                "organisation",
                directory
                        .findOrganisation(account.organisationId())
                        .map(OrganisationSummary::name)
                        .orElse("Unknown organisation"));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("ownAccount", account.username().equals(currentUsers.actorName()));
        return "site/users/account";
    }

    @PostMapping("/{username}/roles")
    String grant(
            @PathVariable String username,
            @RequestParam(required = false) Set<Role> roles,
            RedirectAttributes redirect) {
        try {
            accounts.grantRoles(username, roles == null ? EnumSet.noneOf(Role.class) : roles);
            redirect.addFlashAttribute("flash", Messages.text("security.flash.rolesChanged"));
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.getMessage());
        }
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        accounts.unlock(username);
        redirect.addFlashAttribute("flash", Messages.text("security.flash.accountUnlocked"));
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(username, enabled);
            redirect.addFlashAttribute(
                    "flash",
                    enabled
                            ? Messages.text("security.flash.accountEnabled")
                            : Messages.text("security.flash.accountDisabled"));
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.getMessage());
        }
        return "redirect:/admin/users/" + username;
    }

    private String form(NewAccountForm form, Model model) {
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
        model.addAttribute("allRoles", Arrays.asList(Role.values()));
        return "site/users/new";
    }

    private Map<UUID, String> organisationNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (OrganisationType type : OrganisationType.values()) {
            directory.activeOrganisations(type).forEach(o -> names.put(o.id(), o.name()));
        }
        return names;
    }

    record PageLinks(String base) {
        public String pageLink(int page) {
            return base + page;
        }
    }
}
