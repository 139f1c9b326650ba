package org.onedoor.partnership;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changes the dates or capacity of one offer on a practice's menu, or withdraws an offer made in error. */
@Controller
@RequestMapping("/practices/{odsCode}/menu/offers/{offerId}")
class PracticeMenuOfferController {

    private static final String REDIRECT_TO_MENU = "redirect:/practices/{odsCode}/menu";

    private final PracticeMenu menu;
    private final Directory directory;

    PracticeMenuOfferController(PracticeMenu menu, Directory directory) {
        this.menu = menu;
        this.directory = directory;
    }

    @GetMapping("/change")
    @PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
    public String initChangeForm(@PathVariable String odsCode, @PathVariable UUID offerId, Model model) {
        PracticeMenuController.requireEditable(menu, directory, odsCode);
        MenuOffer offer = offer(odsCode, offerId);
        return renderChange(offer, ChangeOfferForm.of(offer), new LinkedHashMap<>(), model);
    }

    @PostMapping("/change")
    @PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
    public String processChangeForm(
            @PathVariable String odsCode,
            @PathVariable UUID offerId,
            @Valid @ModelAttribute("form") ChangeOfferForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PracticeMenuController.requireEditable(menu, directory, odsCode);
        MenuOffer offer = offer(odsCode, offerId);
        Map<String, String> errors = PracticeMenuFormErrors.of(binding);
        LocalDate from = form.effectiveFrom(errors);
        LocalDate to = form.effectiveTo(errors);
        if (errors.isEmpty() && from != null) {
            try {
                menu.changeOffer(PracticeMenuController.code(odsCode), offerId, from, to, form.capacity());
                redirect.addFlashAttribute("flash", "Offer changed: " + describe(offer));
                return REDIRECT_TO_MENU;
            } catch (DomainRuleViolation violation) {
                PracticeMenuFormErrors.add(errors, violation);
            }
        }
        return renderChange(offer, form, errors, model);
    }

    @GetMapping("/withdrawal")
    @PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
    public String initWithdrawForm(@PathVariable String odsCode, @PathVariable UUID offerId, Model model) {
        PracticeMenuController.requireEditable(menu, directory, odsCode);
        return renderWithdraw(offer(odsCode, offerId), new WithdrawOfferForm(null), new LinkedHashMap<>(), model);
    }

    @PostMapping("/withdrawal")
    @PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
    public String processWithdrawForm(
            @PathVariable String odsCode,
            @PathVariable UUID offerId,
            @Valid @ModelAttribute("form") WithdrawOfferForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PracticeMenuController.requireEditable(menu, directory, odsCode);
        MenuOffer offer = offer(odsCode, offerId);
        Map<String, String> errors = PracticeMenuFormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                menu.withdrawOffer(PracticeMenuController.code(odsCode), offerId, form.reason());
                redirect.addFlashAttribute("flash", "Offer withdrawn: " + describe(offer));
                return REDIRECT_TO_MENU;
            } catch (DomainRuleViolation violation) {
                PracticeMenuFormErrors.add(errors, violation);
            }
        }
        return renderWithdraw(offer, form, errors, model);
    }

    private MenuOffer offer(String odsCode, UUID offerId) {
        return menu.menuOf(PracticeMenuController.code(odsCode)).stream()
                .filter(offer -> offer.id().equals(offerId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Offer", offerId));
    }

    private String renderChange(MenuOffer offer, ChangeOfferForm form, Map<String, String> errors, Model model) {
        addCommon(offer, errors, model);
        model.addAttribute("form", form);
        return "partnership/menu/change";
    }

    private String renderWithdraw(MenuOffer offer, WithdrawOfferForm form, Map<String, String> errors, Model model) {
        addCommon(offer, errors, model);
        model.addAttribute("form", form);
        return "partnership/menu/withdraw";
    }

    private void addCommon(MenuOffer offer, Map<String, String> errors, Model model) {
        model.addAttribute("offer", offer);
        model.addAttribute("description", describe(offer));
        model.addAttribute("errors", errors);
        model.addAttribute("hasErrors", !errors.isEmpty());
    }

    private static String describe(MenuOffer offer) {
        return offer.interventionLabel() + " for " + offer.substanceGroupLabel().toLowerCase(java.util.Locale.UK)
                + " from " + PracticeMenuController.DATE.format(offer.effectiveFrom());
    }
}
