package org.onedoor.client.web;

import static org.onedoor.shared.Text.tidy;
import static org.onedoor.shared.web.FormErrors.FORM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.onedoor.client.CareTeam;
import org.onedoor.client.CareTeamMember;
import org.onedoor.client.CareTeamMembership;
import org.onedoor.client.CareTeamRole;
import org.onedoor.client.CareTeamSettings;
import org.onedoor.client.ClientRecordQuery;
import org.onedoor.client.ClientRecords;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.TypedDate;
import org.onedoor.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding organisations to a client's care team and ending their part in it, from the record. */
@Controller
class CareTeamController {

    /** The roles a person gives by hand: the single point of contact joins through the referral, never here. */
    static final CareTeamRole[] BY_HAND = {CareTeamRole.RESPONSIBLE, CareTeamRole.PARTNER, CareTeamRole.SHARED_CARE};

    private final CareTeam careTeam;
    private final ClientRecords records;
    private final ClientRecordQuery query;
    private final Directory directory;
    private final CareTeamSettings settings;
    private final Clock clock;

    CareTeamController(
            CareTeam careTeam,
            ClientRecords records,
            ClientRecordQuery query,
            Directory directory,
            CareTeamSettings settings,
            Clock clock) {
        this.settings = settings;
        this.careTeam = careTeam;
        this.records = records;
        this.query = query;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/care-team/new")
    String joinForm(@PathVariable UUID id, Model model) {
        careTeam.requireWithoutBreakGlass(id);
        return joinPage(id, CareTeamForms.Join.blank(), model);
    }

    @PostMapping("/clients/{id}/care-team/new")
    String join(
            @PathVariable UUID id,
            @ModelAttribute(FORM) CareTeamForms.Join form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID organisationId = organisation(form.organisationId());
        if (organisationId == null) {
            ChangeForms.ERRORS.reject(
                    errors, "organisationId", "REQUIRED", Messages.text("client.organisationId.required"));
        }
        CareTeamRole role = ChangeForms.choice(CareTeamRole.class, form.role());
        if (role == CareTeamRole.SPOC) {
            role = null;
        }
        if (role == null) {
            ChangeForms.ERRORS.reject(errors, "role", "REQUIRED", Messages.text("client.role.required"));
        }
        LocalDate from = ChangeForms.date(errors, form.startedOn(), "startedOn", "The start date");
        if (from == null) {
            ChangeForms.ERRORS.reject(errors, "startedOn", "REQUIRED", Messages.text("client.startedOn.required"));
        }
        if (!errors.hasErrors()) {
            try {
                String basis = careTeam.join(
                        id,
                        new CareTeamMembership(
                                organisationId,
                                role,
                                tidy(form.workerUsername()),
                                tidy(form.workerName()),
                                from,
                                null,
                                null));
                String name = directory.organisation(organisationId).name();
                redirect.addFlashAttribute(
                        "flash",
                        Messages.text(
                                "client.flash.addedCareTeam",
                                name,
                                role.label().toLowerCase(java.util.Locale.UK),
                                basis.toLowerCase(java.util.Locale.UK)));
                return "redirect:/clients/" + id;
            } catch (DomainRuleViolation refused) {
                ChangeForms.ERRORS.reject(errors, refused);
            }
        }
        FormErrors.show(model, errors, form);
        return joinPage(id, form, model);
    }

    @GetMapping("/clients/{id}/care-team/{entryId}/end")
    String endForm(@PathVariable UUID id, @PathVariable UUID entryId, Model model) {
        careTeam.requireWithoutBreakGlass(id);
        return endPage(id, entryId, new CareTeamForms.End(TypedDate.of(LocalDate.now(clock)), null), model);
    }

    @PostMapping("/clients/{id}/care-team/{entryId}/end")
    String end(
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @ModelAttribute(FORM) CareTeamForms.End form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = ChangeForms.date(errors, form.endedOn(), "endedOn", "The end date");
        if (on == null) {
            ChangeForms.ERRORS.reject(errors, "endedOn", "REQUIRED", Messages.text("client.endedOn.required"));
        }
        if (tidy(form.reason()) == null) {
            ChangeForms.ERRORS.reject(
                    errors, "reason", "REASON_REQUIRED", Messages.text("client.reason.reasonRequired.giveReasonEntry"));
        }
        if (!errors.hasErrors()) {
            try {
                careTeam.end(id, entryId, on, form.reason());
                CareTeamMember entry = entry(id, entryId);
                redirect.addFlashAttribute(
                        "flash",
                        Messages.text(
                                "client.flash.noLongerCare",
                                entry.organisationName(),
                                entry.role().label().toLowerCase(java.util.Locale.UK)));
                return "redirect:/clients/" + id;
            } catch (DomainRuleViolation refused) {
                ChangeForms.ERRORS.reject(errors, refused);
            }
        }
        FormErrors.show(model, errors, form);
        return endPage(id, entryId, form, model);
    }

    private String joinPage(UUID id, CareTeamForms.Join form, Model model) {
        model.addAttribute("client", records.identity(id, "Care team: add organisation form"));
        model.addAttribute(FORM, form);
        model.addAttribute("organisations", organisations());
        model.addAttribute("roles", ChangeForms.options(BY_HAND, CareTeamRole::label));
        model.addAttribute("backdateDays", settings.backdateDays());
        return "client/care-team-new";
    }

    private String endPage(UUID id, UUID entryId, CareTeamForms.End form, Model model) {
        model.addAttribute("client", records.identity(id, "Care team: end entry form"));
        CareTeamMember entry = entry(id, entryId);
        if (entry.endedOn() != null) {
            throw new DomainRuleViolation("ALREADY_ENDED", null, Messages.text("client.record.alreadyEnded"));
        }
        model.addAttribute("entry", entry);
        model.addAttribute(FORM, form);
        return "client/care-team-end";
    }

    private CareTeamMember entry(UUID id, UUID entryId) {
        return query.careTeam(id).stream()
                .filter(member -> member.id().equals(entryId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Care team entry", entryId));
    }

    /** The organisations a person may add: providers and GP practices of the partnership, by kind then name. */
    private Map<String, String> organisations() {
        Map<String, String> options = new LinkedHashMap<>();
        for (OrganisationType type : CareTeam.JOINING) {
            for (OrganisationSummary organisation : directory.activeOrganisations(type)) {
                options.put(organisation.id().toString(), organisation.name() + " (" + type.label() + ")");
            }
        }
        return options;
    }

    private static @org.jspecify.annotations.Nullable UUID organisation(
            @org.jspecify.annotations.Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
