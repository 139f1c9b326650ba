package org.onedoor.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a referral from inside OneDoor: a SPOC worker taking a phone call, or a professional (practice, partner
 * or recovery staff) referring someone, with themselves as the referrer.
 */
@Controller
class LogReferralController {

    private final ReferralFormSubmission submission;
    private final ReferralCodes codes;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    LogReferralController(
            ReferralFormSubmission submission,
            ReferralCodes codes,
            Directory directory,
            CurrentUsers currentUsers,
            Clock clock) {
        this.submission = submission;
        this.codes = codes;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/referrals/new")
    String form(Model model) {
        CurrentUser user = currentUsers.require();
        ReferralForm form = ReferralForm.empty();
        if (channel(user) == Channel.PROFESSIONAL) {
            OrganisationSummary organisation = directory.organisation(user.organisationId());
            form = form.withReferrer(
                    user.displayName(),
                    organisation.name(),
                    organisation.type() == OrganisationType.GP_PRACTICE ? "GP" : "OTHER_DRUG_SERVICE");
        }
        return page(form, Map.of(), user, model);
    }

    @PostMapping("/referrals/new")
    String submit(@ModelAttribute ReferralForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        ReferralFormSubmission.Outcome outcome = submission.submit(form, channel(user));
        if (!outcome.saved()) {
            model.addAttribute("hasErrors", true);
            return page(form, outcome.problems(), user, model);
        }
        ReferralReceipt receipt = outcome.receipt();
        redirect.addFlashAttribute(
                "flash",
                "Referral " + receipt.reference() + " logged" + (receipt.urgent() ? " and flagged urgent" : ""));
        return user.has(Privilege.REFERRAL_QUEUE_VIEW)
                ? "redirect:/referrals/" + receipt.id()
                : "redirect:/referrals/new";
    }

    private static Channel channel(CurrentUser user) {
        return user.has(Privilege.REFERRAL_QUEUE_VIEW) ? Channel.PHONE : Channel.PROFESSIONAL;
    }

    private String page(ReferralForm form, Map<String, String> errors, CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("phone", channel(user) == Channel.PHONE);
        model.addAttribute("sources", ReferralCodes.labels(codes.sources(today)));
        model.addAttribute("substances", ReferralCodes.labels(codes.substances(today)));
        Map<String, String> practices = new LinkedHashMap<>();
        for (OrganisationSummary practice : directory.activeOrganisations(OrganisationType.GP_PRACTICE)) {
            practices.put(practice.id().toString(), practice.name() + " (" + practice.odsCode() + ")");
        }
        model.addAttribute("practices", practices);
        model.addAttribute("risks", Risk.values());
        return "referral/log";
    }
}
