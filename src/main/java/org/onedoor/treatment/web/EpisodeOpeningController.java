package org.onedoor.treatment.web;

import static org.onedoor.shared.Text.tidy;
import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;
import org.onedoor.client.ClientRecords;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.referral.ReferralRecords;
import org.onedoor.referral.ReferralView;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.Text;
import org.onedoor.shared.TypedDate;
import org.onedoor.shared.web.FormErrors;
import org.onedoor.treatment.EpisodeId;
import org.onedoor.treatment.EpisodeManagement;
import org.onedoor.treatment.EpisodeTransfers;
import org.onedoor.treatment.Keyworkers;
import org.onedoor.treatment.NewEpisode;
import org.onedoor.treatment.TreatmentCodes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opening an episode: from an accepted referral, or directly for a client re-engaging (or after a transfer). */
@Controller
class EpisodeOpeningController {

    private final EpisodeManagement episodes;
    private final ClientRecords clients;
    private final ReferralRecords referrals;
    private final TreatmentCodes codes;
    private final TreatmentOrganisations organisations;
    private final CurrentUsers currentUsers;
    private final EpisodeTransfers transfers;
    private final Keyworkers keyworkers;
    private final Clock clock;

    EpisodeOpeningController(
            EpisodeManagement episodes,
            ClientRecords clients,
            ReferralRecords referrals,
            TreatmentCodes codes,
            TreatmentOrganisations organisations,
            CurrentUsers currentUsers,
            EpisodeTransfers transfers,
            Keyworkers keyworkers,
            Clock clock) {
        this.keyworkers = keyworkers;
        this.episodes = episodes;
        this.clients = clients;
        this.referrals = referrals;
        this.codes = codes;
        this.organisations = organisations;
        this.currentUsers = currentUsers;
        this.transfers = transfers;
        this.clock = clock;
    }

    @GetMapping("/referrals/{referralId}/episode")
    String fromReferralForm(@PathVariable UUID referralId, Model model) {
        CurrentUser user = currentUsers.require();
        return referralPage(
                referralId,
                new EpisodeForms.Open(
                        null,
                        null,
                        TypedDate.of(LocalDate.now(clock)),
                        null,
                        null,
                        null,
                        null,
                        user.displayName(),
                        user.username(),
                        null,
                        null),
                model);
    }

    @PostMapping("/referrals/{referralId}/episode")
    String fromReferral(
            @PathVariable UUID referralId,
            @ModelAttribute(FORM) EpisodeForms.Open form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate triaged = EpisodeForms.date(
                errors,
                form.triagedOn(),
                "triagedOn",
                "The triage date",
                Messages.text("treatment.triagedOn.required"));
        LocalDate carePlan =
                EpisodeForms.date(errors, form.carePlanStartedOn(), "carePlanStartedOn", "The care-plan start", null);
        if (!errors.hasErrors()) {
            try {
                UUID episode = episodes.openFromReferral(
                        referralId, triaged, carePlan, tidy(form.keyworkerUsername()), null, tidy(form.lateReason()));
                redirect.addFlashAttribute("flash", Messages.text("treatment.flash.episodeOpened"));
                return "redirect:/episodes/" + episode;
            } catch (DomainRuleViolation refused) {
                EpisodeForms.ERRORS.reject(errors, refused);
            }
        }
        FormErrors.show(model, errors, form);
        return referralPage(referralId, form, model);
    }

    @GetMapping("/clients/{clientId}/episodes/new")
    String newForm(
            @PathVariable UUID clientId, @RequestParam(required = false) @Nullable UUID transferredFrom, Model model) {
        CurrentUser user = currentUsers.require();
        UUID provider = user.organisationId();
        TypedDate referred = null;
        if (transferredFrom != null) {
            EpisodeTransfers.Transfer transfer = transfers.transfer(transferredFrom);
            provider = transfer.to();
            referred = TypedDate.of(transfer.on());
        }
        return clientPage(
                clientId,
                new EpisodeForms.Open(
                        provider.toString(),
                        referred,
                        null,
                        null,
                        null,
                        null,
                        null,
                        user.displayName(),
                        user.username(),
                        transferredFrom == null ? null : transferredFrom.toString(),
                        null),
                model);
    }

    @PostMapping("/clients/{clientId}/episodes/new")
    String open(
            @PathVariable UUID clientId,
            @ModelAttribute(FORM) EpisodeForms.Open form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate referred = EpisodeForms.date(
                errors,
                form.referredOn(),
                "referredOn",
                "The referral date",
                Messages.text("treatment.referredOn.required"));
        LocalDate triaged = EpisodeForms.date(
                errors,
                form.triagedOn(),
                "triagedOn",
                "The triage date",
                Messages.text("treatment.triagedOn.required"));
        LocalDate carePlan =
                EpisodeForms.date(errors, form.carePlanStartedOn(), "carePlanStartedOn", "The care-plan start", null);
        UUID provider = EpisodeForms.id(form.providerId());
        if (provider == null) {
            EpisodeForms.ERRORS.reject(
                    errors, "providerId", "REQUIRED", Messages.text("treatment.providerId.required"));
        }
        if (!errors.hasErrors()) {
            try {
                List<String> substances = Stream.of(form.substance1(), form.substance2(), form.substance3())
                        .map(Text::tidy)
                        .filter(java.util.Objects::nonNull)
                        .toList();
                UUID episode = episodes.open(new NewEpisode(
                        new ClientId(clientId),
                        OrganisationId.ofNullable(provider),
                        null,
                        referred,
                        triaged,
                        carePlan,
                        substances,
                        tidy(form.keyworkerUsername()),
                        null,
                        EpisodeId.ofNullable(EpisodeForms.id(form.transferredFrom())),
                        tidy(form.lateReason())));
                redirect.addFlashAttribute("flash", Messages.text("treatment.flash.episodeOpened"));
                return "redirect:/episodes/" + episode;
            } catch (DomainRuleViolation refused) {
                EpisodeForms.ERRORS.reject(errors, refused);
            }
        }
        FormErrors.show(model, errors, form);
        return clientPage(clientId, form, model);
    }

    private String referralPage(UUID referralId, EpisodeForms.Open form, Model model) {
        ReferralView referral = referrals.view(referralId);
        if (referral.client() == null || !"ACCEPTED".equals(referral.status().name())) {
            throw new NotFound("Accepted referral", referralId);
        }
        model.addAttribute("client", clients.identity(referral.client().id(), "Open an episode form"));
        model.addAttribute("referral", referral);
        model.addAttribute(
                "keyworkers", keyworkers.options(currentUsers.require().organisationId()));
        model.addAttribute("backdateDays", episodes.backdateDays());
        model.addAttribute(
                "receivedOn",
                org.onedoor.shared.DisplayDate.DAY.format(referral.receivedAt().atZone(clock.getZone())));
        model.addAttribute(FORM, form);
        return "treatment/episodes/open";
    }

    private String clientPage(UUID clientId, EpisodeForms.Open form, Model model) {
        model.addAttribute("client", clients.identity(clientId, "Open an episode form"));
        model.addAttribute("referral", null);
        model.addAttribute(
                "keyworkers", keyworkers.options(currentUsers.require().organisationId()));
        model.addAttribute("backdateDays", episodes.backdateDays());
        model.addAttribute("providers", organisations.options());
        model.addAttribute("substances", EpisodeForms.options(codes.substances(LocalDate.now(clock))));
        model.addAttribute(FORM, form);
        return "treatment/episodes/open";
    }
}
