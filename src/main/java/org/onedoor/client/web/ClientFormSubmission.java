package org.onedoor.client.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientCheck;
import org.onedoor.client.ClientCodes;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.ClientSettings;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Sex;
import org.onedoor.shared.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Turns a submitted client form into a registration or a change, or into the problems to show at its fields: typing
 * problems first, then the registry's own checks for the other fields. Nothing is saved while any problem remains.
 * Also fills the model with what the form's selects and radios offer.
 */
@Component
class ClientFormSubmission {

    static final String FORM = "form";

    private final ClientRegistry registry;
    private final ClientCodes codes;
    private final ClientSettings settings;
    private final Directory directory;
    private final Clock clock;

    ClientFormSubmission(
            ClientRegistry registry, ClientCodes codes, ClientSettings settings, Directory directory, Clock clock) {
        this.registry = registry;
        this.codes = codes;
        this.settings = settings;
        this.directory = directory;
        this.clock = clock;
    }

    /** The client registered, or null with the problems in {@code errors}. */
    @Nullable
    UUID register(ClientForm form, BindingResult errors) {
        NewClient client = read(form, errors);
        if (client == null) {
            return null;
        }
        try {
            return registry.register(client);
        } catch (DomainRuleViolation refused) {
            reject(errors, refused.problems());
            return null;
        }
    }

    /** Whether the change was saved; if not, the problems are in {@code errors}. A stale version is thrown. */
    boolean amend(UUID id, ClientForm form, BindingResult errors) {
        NewClient client = read(form, errors);
        if (client == null) {
            return false;
        }
        try {
            registry.amend(id, client, form.versionSeen());
            return true;
        } catch (DomainRuleViolation refused) {
            reject(errors, refused.problems());
            return false;
        }
    }

    /** The client typed, or null when the typing itself has problems (then with every other problem too). */
    private @Nullable NewClient read(ClientForm form, BindingResult errors) {
        List<FieldProblem> typing = new ArrayList<>();
        NewClient client = form.toNewClient(typing);
        if (typing.isEmpty()) {
            return client;
        }
        List<FieldProblem> all = new ArrayList<>(typing);
        try {
            boolean knownPractice = client.gpPracticeId() == null
                    || directory
                            .findOrganisation(client.gpPracticeId())
                            .map(o -> o.type().isPractice())
                            .orElse(false);
            ClientCheck.check(client, LocalDate.now(clock), settings.acceptTestNhsNumbers(), codes, knownPractice);
        } catch (FieldProblems more) {
            all.addAll(more.problems());
        }
        reject(errors, all);
        return null;
    }

    /** Each field's first problem beside it, in the order the form shows the fields. */
    private static void reject(BindingResult errors, List<FieldProblem> problems) {
        Map<String, FieldProblem> first = new LinkedHashMap<>();
        problems.forEach(problem -> first.putIfAbsent(problem.field(), problem));
        ClientForm.ORDER.stream().filter(first::containsKey).forEach(field -> add(errors, first.remove(field)));
        first.values().forEach(problem -> add(errors, problem));
    }

    private static void add(BindingResult errors, FieldProblem problem) {
        if (problem.field().isEmpty()) {
            ChangeForms.ERRORS.rejectForm(errors, problem.code(), problem.message());
        } else {
            ChangeForms.ERRORS.reject(errors, problem.field(), problem.code(), problem.message());
        }
    }

    /** A fresh result for the form, dropping the binder's own messages about unreadable values. */
    static BindingResult freshErrors(ClientForm form) {
        return FormErrors.errorsOf(form);
    }

    /** The form, its errors and what its choices offer. */
    void fill(Model model, ClientForm form, @Nullable BindingResult errors) {
        model.addAttribute(FORM, form);
        if (errors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
            model.addAttribute("hasErrors", errors.hasErrors());
        }
        Map<String, String> sexes = new LinkedHashMap<>();
        for (Sex sex : Sex.values()) {
            sexes.put(sex.name(), sex.label());
        }
        model.addAttribute("sexes", sexes);
        model.addAttribute("genderIdentities", codes.genderIdentities());
        model.addAttribute("ethnicities", codes.ethnicities());
        model.addAttribute("accommodations", codes.accommodations());
        Map<String, String> practices = new LinkedHashMap<>();
        directory
                .activeOrganisations(OrganisationType.GP_PRACTICE)
                .forEach(practice ->
                        practices.put(practice.id().toString(), practice.name() + " (" + practice.odsCode() + ")"));
        String chosen = form.gpPracticeId();
        if (chosen != null && !chosen.isBlank() && !practices.containsKey(chosen)) {
            try {
                directory
                        .findOrganisation(UUID.fromString(chosen))
                        .ifPresent(
                                left -> practices.put(left.id().toString(), left.name() + " (" + left.odsCode() + ")"));
            } catch (IllegalArgumentException tampered) {
                // shown as a problem at the field
            }
        }
        model.addAttribute("practices", practices);
    }
}
