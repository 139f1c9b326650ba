package org.onedoor.partnership;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.OdsCode;
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

/**
 * A GP practice's service menu: everyone who reads the directory sees it; the practice's own users and
 * administrators add offers here (changes and withdrawals are in {@link PracticeMenuOfferController}).
 */
@Controller
@RequestMapping("/practices/{odsCode}/menu")
class PracticeMenuController {

    static final DateTimeFormatter DATE = DisplayDate.DAY;

    private final PracticeMenu menu;
    private final Directory directory;
    private final Clock clock;

    PracticeMenuController(PracticeMenu menu, Directory directory, Clock clock) {
        this.menu = menu;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
    public String initMenu(@PathVariable String odsCode, Model model) {
        return render(odsCode, AddOfferForm.empty(), new LinkedHashMap<>(), model);
    }

    @PostMapping("/offers")
    @PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
    public String processAddOffer(
            @PathVariable String odsCode,
            @Valid @ModelAttribute("form") AddOfferForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireEditable(menu, directory, odsCode);
        Map<String, String> errors = PracticeMenuFormErrors.of(binding);
        OfferTerms terms = form.terms(errors);
        if (terms != null) {
            try {
                menu.addOffer(code(odsCode), terms);
                redirect.addFlashAttribute(
                        "flash",
                        "Offer added: " + label(menu.interventions(), terms.intervention())
                                + " for "
                                + label(menu.substanceGroups(), terms.substanceGroup())
                                        .toLowerCase(Locale.UK)
                                + " from " + DATE.format(terms.effectiveFrom()));
                return "redirect:/practices/{odsCode}/menu";
            } catch (DomainRuleViolation violation) {
                PracticeMenuFormErrors.add(errors, violation);
            }
        }
        return render(odsCode, form, errors, model);
    }

    private String render(String odsCode, AddOfferForm form, Map<String, String> errors, Model model) {
        OrganisationSummary practice = practice(directory, odsCode);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("practice", practice);
        model.addAttribute("groups", groups(menu.menuOf(code(odsCode)), today));
        model.addAttribute("mayEdit", menu.mayEdit(code(odsCode)));
        model.addAttribute("interventions", menu.interventions());
        model.addAttribute("substanceGroups", menu.substanceGroups());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("hasErrors", !errors.isEmpty());
        return "partnership/menu/practice";
    }

    /** The practice's code from the address: one without an ODS code's shape is a practice not found. */
    static OdsCode code(String odsCode) {
        return OdsCode.parse(odsCode).orElseThrow(() -> new NotFound("GP practice", odsCode));
    }

    static OrganisationSummary practice(Directory directory, String odsCode) {
        return directory.practice(code(odsCode)).orElseThrow(() -> new NotFound("GP practice", odsCode));
    }

    /** Refuses before anything is checked or saved; the module API refuses again when it saves. */
    static void requireEditable(PracticeMenu menu, Directory directory, String odsCode) {
        OrganisationSummary practice = practice(directory, odsCode);
        if (!menu.mayEdit(code(odsCode))) {
            throw new AccessRefused(
                    "You can change only your own practice's menu. " + practice.name() + " is not your practice.");
        }
    }

    static String label(List<CodeLabel> codes, String code) {
        return codes.stream()
                .filter(c -> c.code().equals(code))
                .map(CodeLabel::label)
                .findFirst()
                .orElse(code);
    }

    static List<MenuGroup> groups(List<MenuOffer> offers, LocalDate today) {
        Map<String, List<OfferRow>> byGroup = new LinkedHashMap<>();
        offers.forEach(offer -> byGroup.computeIfAbsent(offer.substanceGroupLabel(), g -> new ArrayList<>())
                .add(OfferRow.of(offer, today)));
        return byGroup.entrySet().stream()
                .map(e -> new MenuGroup(e.getKey(), e.getValue()))
                .toList();
    }

    /** The offers of one substance group, as the menu table shows them. */
    record MenuGroup(String label, List<OfferRow> offers) {}

    /** One offer with its status tag and capacity in words. */
    record OfferRow(
            MenuOffer offer, String from, String to, String capacity, String status, String tagClass, boolean ended) {

        static OfferRow of(MenuOffer offer, LocalDate today) {
            String capacity = offer.monthlyCapacity() == null ? "No limit" : offer.monthlyCapacity() + " a month";
            String to = offer.effectiveTo() == null ? "No end date" : DATE.format(offer.effectiveTo());
            String from = DATE.format(offer.effectiveFrom());
            if (offer.endedBefore(today)) {
                return new OfferRow(offer, from, to, capacity, "Ended " + to, "govuk-tag--grey", true);
            }
            if (offer.inForceOn(today)) {
                return new OfferRow(offer, from, to, capacity, "In force", "govuk-tag--green", false);
            }
            return new OfferRow(offer, from, to, capacity, "Starts " + from, "govuk-tag--blue", false);
        }
    }
}
