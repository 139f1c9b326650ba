package org.onedoor.treatment.web;

import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.Messages;
import org.onedoor.shared.TypedDate;
import org.onedoor.treatment.EpisodeDelegations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lead provider's team managers list and grant delegations of episode recording. */
@Controller
class DelegationController {

    private final EpisodeDelegations delegations;
    private final TreatmentOrganisations organisations;
    private final Clock clock;

    DelegationController(EpisodeDelegations delegations, TreatmentOrganisations organisations, Clock clock) {
        this.delegations = delegations;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/episode-delegations")
    String list(Model model) {
        return page(new Grant(null, null, TypedDate.of(LocalDate.now(clock)), null, null), model);
    }

    @PostMapping("/episode-delegations")
    String grant(@ModelAttribute(FORM) Grant form, BindingResult errors, Model model, RedirectAttributes redirect) {
        requireGranting();
        UUID provider = EpisodeForms.id(form.providerId());
        UUID delegate = EpisodeForms.id(form.delegateId());
        if (provider == null) {
            EpisodeForms.ERRORS.reject(
                    errors, "providerId", "REQUIRED", Messages.text("treatment.providerId.required.delegation"));
        }
        if (delegate == null) {
            EpisodeForms.ERRORS.reject(
                    errors, "delegateId", "REQUIRED", Messages.text("treatment.delegateId.required"));
        }
        LocalDate from = EpisodeForms.date(
                errors, form.validFrom(), "validFrom", "The start", Messages.text("treatment.validFrom.required"));
        LocalDate to = EpisodeForms.date(errors, form.validTo(), "validTo", "The end", null);
        return EpisodeForms.ERRORS
                .submit(
                        errors,
                        model,
                        form,
                        () -> delegations.grant(
                                provider, delegate, from, to, form.reason() == null ? "" : form.reason()))
                .thenRedirect(redirect, Messages.text("treatment.flash.delegationGranted"), "/episode-delegations")
                .orShow(() -> page(form, model));
    }

    private String page(Grant form, Model model) {
        requireGranting();
        model.addAttribute("delegations", delegations.current());
        model.addAttribute("organisations", organisations.options());
        model.addAttribute(FORM, form);
        return "treatment/delegations";
    }

    private void requireGranting() {
        if (!delegations.mayGrant()) {
            throw new AccessRefused(Messages.text("treatment.refused.manageDelegations"));
        }
    }

    /** A delegation as typed. */
    record Grant(
            @Nullable String providerId,
            @Nullable String delegateId,
            @Nullable TypedDate validFrom,
            @Nullable TypedDate validTo,
            @Nullable String reason) {}
}
