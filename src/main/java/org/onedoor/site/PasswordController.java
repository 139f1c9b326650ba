package org.onedoor.site;

import org.onedoor.security.Passwords;
import org.onedoor.security.UserAccounts;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's own password (also where a person signed in with an administrator's password is sent first), and an
 * administrator's reset of someone else's (issue 19 item 11). Typed passwords never come back in the page.
 */
@Controller
class PasswordController {

    private final Passwords passwords;
    private final UserAccounts accounts;

    PasswordController(Passwords passwords, UserAccounts accounts) {
        this.passwords = passwords;
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String own(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return "site/password";
    }

    @PostMapping("/account/password")
    String change(
            @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            passwords.changeOwn(form.current(), form.replacement(), form.confirmation());
            redirect.addFlashAttribute("flash", Messages.text("security.flash.passwordChanged"));
            return "redirect:/";
        } catch (DomainRuleViolation problems) {
            problems.problems().forEach(p -> errors.rejectValue(p.field(), p.code(), p.message()));
            model.addAttribute("hasErrors", true);
            return "site/password";
        }
    }

    @GetMapping("/admin/users/{username}/password")
    String resetForm(@PathVariable String username, Model model) {
        model.addAttribute("username", known(username));
        model.addAttribute("form", PasswordForm.empty());
        return "site/users/password-reset";
    }

    @PostMapping("/admin/users/{username}/password")
    String reset(
            @PathVariable String username,
            @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String known = known(username);
        try {
            passwords.reset(known, form.replacement(), form.confirmation());
            redirect.addFlashAttribute("flash", Messages.text("security.flash.passwordReset"));
            return "redirect:/admin/users/" + known;
        } catch (DomainRuleViolation problems) {
            problems.problems().forEach(p -> errors.rejectValue(p.field(), p.code(), p.message()));
            model.addAttribute("hasErrors", true);
            model.addAttribute("username", known);
            return "site/users/password-reset";
        }
    }

    private String known(String username) {
        return accounts.find(username)
                .orElseThrow(() -> new NotFound("User account", username))
                .username();
    }
}
