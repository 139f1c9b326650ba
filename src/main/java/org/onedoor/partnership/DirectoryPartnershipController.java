package org.onedoor.partnership;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership itself: everyone may read its description; administrators change it. */
@Controller
@RequestMapping("/directory/partnership")
class DirectoryPartnershipController extends DirectoryBaseController {

    DirectoryPartnershipController(Directory directory, Clock clock) {
        super(directory, clock);
    }

    @GetMapping
    String show(Model model) {
        return page(model, PartnershipForm.of(directory.partnership().orElse(null)));
    }

    @PostMapping
    String processForm(
            @Valid @ModelAttribute(FORM) PartnershipForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireManage();
        return RULES.submit(errors, model, form, () -> directory.describePartnership(form.summary()))
                .thenRedirect(redirect, "The partnership's description is saved", "/directory/partnership")
                .orShow(() -> page(model, form));
    }

    private String page(Model model, PartnershipForm form) {
        model.addAttribute(FORM, form);
        model.addAttribute("history", history(PartnershipProfile.ID));
        return "partnership/directory/partnership";
    }
}
