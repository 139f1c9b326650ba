package org.onedoor.treatment.family;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.TypedDate;
import org.onedoor.treatment.prescribing.FormSupport;
import org.springframework.validation.BindingResult;

/** The family-support forms as typed. */
final class FamilyForms {

    private FamilyForms() {}

    /** The register-a-concerned-other form. */
    record RegisterForm(
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String relationship,
            @Nullable String telephone,
            @Nullable String email,
            @Nullable String address,
            @Nullable Boolean consentsToContact,
            @Nullable Boolean consentsToShare,
            @Nullable TypedDate consentRecordedOn,
            @Nullable String clientId) {

        static RegisterForm empty(@Nullable String clientId) {
            return new RegisterForm(null, null, null, null, null, null, false, false, TypedDate.of(null), clientId);
        }

        NewConcernedOther toNew(BindingResult errors) {
            return new NewConcernedOther(
                    givenName,
                    familyName,
                    relationship,
                    telephone,
                    email,
                    address,
                    Boolean.TRUE.equals(consentsToContact),
                    Boolean.TRUE.equals(consentsToShare),
                    date(errors, consentRecordedOn, "consentRecordedOn", "The consent date"),
                    FormSupport.id(clientId));
        }
    }

    /** The record-a-session form. */
    record SessionForm(
            @Nullable TypedDate heldOn,
            @Nullable String workerName,
            @Nullable String kind,
            @Nullable String notes) {

        static SessionForm empty(String workerName) {
            return new SessionForm(TypedDate.of(null), workerName, null, null);
        }

        NewSession toNew(BindingResult errors) {
            return new NewSession(
                    date(errors, heldOn, "heldOn", "The session date"),
                    workerName,
                    FormSupport.choice(SessionKind.class, kind),
                    notes);
        }
    }

    private static java.time.@Nullable LocalDate date(
            BindingResult errors, @Nullable TypedDate typed, String field, String what) {
        List<FieldProblem> problems = new ArrayList<>();
        java.time.LocalDate date = TypedDate.read(typed, field, what, "3 5 2026", problems);
        problems.forEach(p -> FormSupport.ERRORS.reject(errors, p.field(), p.code(), p.message()));
        return date;
    }
}
