package org.onedoor.referral;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public self-referral form: no sign-in, few questions, works on a phone. A hidden honeypot field and a
 * per-address limit keep robots out; a person who succeeds gets a reference to quote.
 */
@Controller
class SelfReferralController {

    private final ReferralFormSubmission submission;
    private final SelfReferralThrottle throttle;
    private final ReferralCodes codes;
    private final Directory directory;
    private final Clock clock;
    private final ReferralSettings settings;

    SelfReferralController(
            ReferralFormSubmission submission,
            SelfReferralThrottle throttle,
            ReferralCodes codes,
            Directory directory,
            Clock clock,
            ReferralSettings settings) {
        this.submission = submission;
        this.throttle = throttle;
        this.codes = codes;
        this.directory = directory;
        this.clock = clock;
        this.settings = settings;
    }

    /** How to reach the single point of contact, on every public page. */
    @ModelAttribute
    void spoc(Model model) {
        model.addAttribute("spocTelephone", settings.spocTelephone());
        model.addAttribute("spocOpeningHours", settings.spocOpeningHours());
    }

    @GetMapping("/self-referral")
    String form(Model model) {
        return page(ReferralForm.empty(), Map.of(), model);
    }

    @PostMapping("/self-referral")
    String submit(
            @ModelAttribute ReferralForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (form.website() != null && !form.website().isBlank()) {
            return "redirect:/self-referral/sent";
        }
        String address = request.getRemoteAddr();
        if (!throttle.mayAccept(address)) {
            response.setStatus(429);
            model.addAttribute("throttled", true);
            return page(form, Map.of(), model);
        }
        ReferralForm asSelf = form.source() != null && form.source().equals("CONCERNED_OTHER")
                ? form
                : form.withReferrer(null, null, "SELF");
        ReferralFormSubmission.Outcome outcome = submission.submit(asSelf, Channel.WEB);
        if (outcome.saved()) {
            throttle.accepted(address);
            return "redirect:/self-referral/sent?reference=" + outcome.receipt().reference();
        }
        model.addAttribute("hasErrors", true);
        return page(form, outcome.problems(), model);
    }

    @GetMapping("/self-referral/sent")
    String sent(@RequestParam(required = false) String reference, Model model) {
        model.addAttribute("reference", reference != null && reference.matches("R[0-9]{1,10}") ? reference : null);
        return "referral/self-referral-sent";
    }

    private String page(ReferralForm form, Map<String, String> errors, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("substances", ReferralCodes.labels(codes.substances(today)));
        Map<String, String> practices = new LinkedHashMap<>();
        for (OrganisationSummary practice : directory.activeOrganisations(OrganisationType.GP_PRACTICE)) {
            practices.put(practice.id().toString(), practice.name());
        }
        model.addAttribute("practices", practices);
        model.addAttribute("risks", Risk.values());
        return "referral/self-referral";
    }
}
