package org.onedoor.treatment.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import org.onedoor.shared.TypedDate;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.treatment.TreatmentCodes;

/**
 * What the episode forms share: reading typed dates, ids and codes, putting the services' problems beside their
 * fields (the first problem of a field wins) and ordering the error summary as the fields appear.
 */
final class EpisodeForms {

    static final String FORM = "form";

    private EpisodeForms() {
    }

    /** Reads a three-field date: null when blank (rejected when required); rejected when no real date. */
    static @Nullable LocalDate date(BindingResult errors, @Nullable TypedDate typed, String field, String what,
                                    @Nullable String requiredMessage) {
        if (TypedDate.isBlank(typed)) {
            if (requiredMessage != null) {
                reject(errors, field, "REQUIRED", requiredMessage);
            }
            return null;
        }
        Optional<LocalDate> date = TypedDate.parse(typed);
        if (date.isEmpty()) {
            reject(errors, field, "NOT_A_DATE", what + " must be a real date, like 3 5 2026");
        }
        return date.orElse(null);
    }

    static @Nullable UUID id(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    static @Nullable String tidy(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    static Map<String, String> options(List<TreatmentCodes.Code> codes) {
        Map<String, String> options = new LinkedHashMap<>();
        codes.forEach(code -> options.put(code.code(), code.label()));
        return options;
    }

    static void reject(BindingResult errors, String field, String code, String message) {
        if (!errors.hasFieldErrors(field)) {
            errors.addError(new FieldError(FORM, field, null, false, new String[] {"treatment." + code}, null,
                    message));
        }
    }

    /** Each problem beside its field (unless the field already shows one), or above the form when it has none. */
    static void reject(BindingResult errors, DomainRuleViolation refused) {
        for (DomainRuleViolation.FieldProblem problem : refused.problems()) {
            if (problem.field().isBlank()) {
                errors.addError(new ObjectError(FORM, new String[] {"treatment." + problem.code()}, null,
                        problem.message()));
            } else {
                reject(errors, problem.field(), problem.code(), problem.message());
            }
        }
    }

    /** Puts the errors in the order of the form's fields (its record components) and flags the page title. */
    static void show(Model model, BindingResult errors, Record form) {
        List<String> order = Arrays.stream(form.getClass().getRecordComponents()).map(c -> c.getName()).toList();
        BeanPropertyBindingResult ordered = new BeanPropertyBindingResult(form, FORM);
        errors.getGlobalErrors().forEach(ordered::addError);
        errors.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> {
                    int index = order.indexOf(error.getField());
                    return index < 0 ? order.size() : index;
                }))
                .forEach(ordered::addError);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, ordered);
        model.addAttribute("hasErrors", true);
    }

    /** Opening an episode: from a referral (dates and keyworker only) or directly. */
    record Open(@Nullable String providerId, @Nullable TypedDate referredOn, @Nullable TypedDate triagedOn,
                @Nullable TypedDate carePlanStartedOn, @Nullable String substance1, @Nullable String substance2,
                @Nullable String substance3, @Nullable String keyworkerName, @Nullable String keyworkerUsername,
                @Nullable String transferredFrom, @Nullable String lateReason) {
    }

    /** Referring the client to an intervention. */
    record NewIntervention(@Nullable String type, @Nullable String setting, @Nullable String deliveredBy,
                           @Nullable TypedDate referredOn, @Nullable TypedDate firstOfferedOn,
                           @Nullable TypedDate startedOn) {
    }

    /** One date: an intervention's start or first offer, the care plan's start. */
    record OnDate(@Nullable TypedDate on) {
    }

    /** Ending an intervention. */
    record End(@Nullable TypedDate endedOn, @Nullable String exitStatus) {
    }

    /** A sub-intervention. */
    record Sub(@Nullable String subType, @Nullable TypedDate startedOn) {
    }

    /** Discharge. */
    record Discharge(@Nullable String reason, @Nullable TypedDate dischargedOn, @Nullable String destination,
                     @Nullable String transferTo, @Nullable String lateReason) {
    }
}
