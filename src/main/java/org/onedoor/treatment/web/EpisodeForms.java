package org.onedoor.treatment.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Messages;
import org.onedoor.shared.TypedDate;
import org.onedoor.shared.web.FormErrors;
import org.onedoor.treatment.TreatmentCodes;
import org.springframework.validation.BindingResult;

/**
 * What the episode forms share: reading typed dates, ids and codes; their errors go through {@link FormErrors}.
 */
final class EpisodeForms {

    /** Errors coded "treatment.<code>". */
    static final FormErrors ERRORS = FormErrors.codedAs("treatment.");

    private EpisodeForms() {}

    /** Reads a three-field date: null when blank (rejected when required); rejected when no real date. */
    static @Nullable LocalDate date(
            BindingResult errors,
            @Nullable TypedDate typed,
            String field,
            String what,
            @Nullable String requiredMessage) {
        if (TypedDate.isBlank(typed)) {
            if (requiredMessage != null) {
                ERRORS.reject(errors, field, "REQUIRED", requiredMessage);
            }
            return null;
        }
        Optional<LocalDate> date = TypedDate.parse(typed);
        if (date.isEmpty()) {
            ERRORS.reject(errors, field, "NOT_A_DATE", Messages.text("treatment.date.notADate", what));
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

    static Map<String, String> options(List<TreatmentCodes.Code> codes) {
        Map<String, String> options = new LinkedHashMap<>();
        codes.forEach(code -> options.put(code.code(), code.label()));
        return options;
    }

    /** Opening an episode: from a referral (dates and keyworker only) or directly. */
    record Open(
            @Nullable String providerId,
            @Nullable TypedDate referredOn,
            @Nullable TypedDate triagedOn,
            @Nullable TypedDate carePlanStartedOn,
            @Nullable String substance1,
            @Nullable String substance2,
            @Nullable String substance3,
            @Nullable String keyworkerName,
            @Nullable String keyworkerUsername,
            @Nullable String transferredFrom,
            @Nullable String lateReason) {}

    /** Referring the client to an intervention. */
    record NewIntervention(
            @Nullable String type,
            @Nullable String setting,
            @Nullable String deliveredBy,
            @Nullable TypedDate referredOn,
            @Nullable TypedDate firstOfferedOn,
            @Nullable TypedDate startedOn) {}

    /** One date: an intervention's start or first offer, the care plan's start. */
    record OnDate(@Nullable TypedDate on) {}

    /** Ending an intervention. */
    record End(@Nullable TypedDate endedOn, @Nullable String exitStatus) {}

    /** A sub-intervention. */
    record Sub(@Nullable String subType, @Nullable TypedDate startedOn) {}

    /** Discharge. */
    record Discharge(
            @Nullable String reason,
            @Nullable TypedDate dischargedOn,
            @Nullable String destination,
            @Nullable String transferTo,
            @Nullable String lateReason) {}
}
