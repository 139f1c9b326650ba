package org.onedoor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class FormErrorsTest {

    private static final FormErrors TREATMENT = FormErrors.codedAs("treatment.");

    record Address(String line1, String postcode) {}

    record Form(String name, Address address, String startedOn) {}

    private final Form form = new Form("typed name", new Address("1 High St", "AB1 2CD"), "");
    private final BindingResult errors = FormErrors.errorsOf(form);

    @Test
    void theFirstProblemOfAFieldWins() {
        TREATMENT.reject(errors, "name", "REQUIRED", "Enter the name");
        TREATMENT.reject(errors, "name", "TOO_LONG", "The name is too long");

        assertThat(errors.getFieldErrors("name"))
                .extracting(FieldError::getDefaultMessage)
                .containsExactly("Enter the name");
    }

    @Test
    void codedAsGivesTheOneCodeNamedAndKeepsNoValue() {
        TREATMENT.reject(errors, "name", "REQUIRED", "Enter the name");
        TREATMENT.rejectForm(errors, "STALE", "Someone changed it meanwhile");

        FieldError field = errors.getFieldError("name");
        assertThat(field.getCodes()).containsExactly("treatment.REQUIRED");
        assertThat(field.getRejectedValue()).isNull();
        assertThat(errors.getGlobalError().getCodes()).containsExactly("treatment.STALE");
        assertThat(errors.getGlobalError().getDefaultMessage()).isEqualTo("Someone changed it meanwhile");
    }

    @Test
    void boundCodesAsTheBinderDoesAndKeepsTheValueTyped() {
        FormErrors.bound().reject(errors, "name", "INVALID", "Enter a real name");

        FieldError field = errors.getFieldError("name");
        assertThat(field.getCodes()).contains("INVALID.form.name", "INVALID");
        assertThat(field.getRejectedValue()).isEqualTo("typed name");
    }

    @Test
    void aRefusalGoesBesideItsFieldOrAboveTheFormWhenItNamesNone() {
        TREATMENT.reject(errors, new DomainRuleViolation("IN_FUTURE", "startedOn", "The start cannot be in future"));
        TREATMENT.reject(errors, new DomainRuleViolation("CLOSED", null, "The episode is closed"));

        assertThat(errors.getFieldError("startedOn").getDefaultMessage()).isEqualTo("The start cannot be in future");
        assertThat(errors.getGlobalErrors())
                .extracting(ObjectError::getDefaultMessage)
                .containsExactly("The episode is closed");
    }

    @Test
    void everyProblemOfARefusalIsShownOnceEach() {
        DomainRuleViolation refused = new Problems(List.of(
                new DomainRuleViolation.FieldProblem("name", "REQUIRED", "Enter the name"),
                new DomainRuleViolation.FieldProblem("name", "TOO_LONG", "Too long"),
                new DomainRuleViolation.FieldProblem("changedOn", "IN_FUTURE", "Not in the future")));

        TREATMENT.reject(errors, refused, FormErrors.renamed(Map.of("changedOn", "startedOn")));

        assertThat(errors.getFieldErrors())
                .extracting(FieldError::getField, FieldError::getDefaultMessage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "Enter the name"),
                        org.assertj.core.groups.Tuple.tuple("startedOn", "Not in the future"));
    }

    @Test
    void aFieldTheFormDoesNotShowGoesAboveTheForm() {
        TREATMENT.reject(
                errors,
                new DomainRuleViolation("NO_VENUE", "venueId", "Choose the venue"),
                FormErrors.onlyOn(Set.of("name"), Map.of()));

        assertThat(errors.getFieldErrorCount()).isZero();
        assertThat(errors.getGlobalError().getDefaultMessage()).isEqualTo("Choose the venue");
    }

    @Test
    void theSummaryFollowsTheFieldsOfTheFormWithTheFormsOwnProblemsFirst() {
        ExtendedModelMap model = new ExtendedModelMap();
        TREATMENT.reject(errors, "startedOn", "REQUIRED", "Enter the start");
        TREATMENT.reject(errors, "address.postcode", "INVALID", "Enter a real postcode");
        TREATMENT.reject(errors, "name", "REQUIRED", "Enter the name");
        TREATMENT.rejectForm(errors, "STALE", "Changed meanwhile");

        FormErrors.show(model, errors, form);

        BindingResult shown = (BindingResult) model.get(BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(shown.getAllErrors())
                .extracting(ObjectError::getDefaultMessage)
                .containsExactly("Changed meanwhile", "Enter the name", "Enter a real postcode", "Enter the start");
        assertThat(model.get("hasErrors")).isEqualTo(true);
    }

    @Test
    void aSubmissionWithoutErrorsMakesTheChangeFlashesAndRedirects() {
        ExtendedModelMap model = new ExtendedModelMap();
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        AtomicBoolean made = new AtomicBoolean();

        String next = TREATMENT
                .submit(errors, model, form, () -> made.set(true))
                .thenRedirect(redirect, "Saved", "/episodes/1")
                .orShow(() -> "page");

        assertThat(next).isEqualTo("redirect:/episodes/1");
        assertThat(made).isTrue();
        assertThat(redirect.getFlashAttributes().get("flash")).isEqualTo("Saved");
        assertThat(model).doesNotContainKey("hasErrors");
    }

    @Test
    void aSubmissionWithErrorsMakesNoChangeAndShowsTheFormAgain() {
        ExtendedModelMap model = new ExtendedModelMap();
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        AtomicBoolean made = new AtomicBoolean();
        TREATMENT.reject(errors, "name", "REQUIRED", "Enter the name");

        String next = TREATMENT
                .submit(errors, model, form, () -> made.set(true))
                .thenRedirect(redirect, "Saved", "/episodes/1")
                .orShow(() -> "page");

        assertThat(next).isEqualTo("page");
        assertThat(made).isFalse();
        assertThat(redirect.getFlashAttributes()).isEmpty();
        assertThat(model.get("hasErrors")).isEqualTo(true);
    }

    @Test
    void aRefusedSubmissionShowsTheProblemAtTheFormsNameForTheField() {
        ExtendedModelMap model = new ExtendedModelMap();
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        String next = TREATMENT
                .submit(errors, model, form, () -> {
                    throw new DomainRuleViolation("IN_FUTURE", "carePlanStartedOn", "Not in the future");
                })
                .fieldsAs(field -> "startedOn")
                .thenRedirect(redirect, "Saved", "/episodes/1")
                .orShow(() -> "page");

        assertThat(next).isEqualTo("page");
        assertThat(redirect.getFlashAttributes()).isEmpty();
        BindingResult shown = (BindingResult) model.get(BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(shown.getFieldError("startedOn").getDefaultMessage()).isEqualTo("Not in the future");
    }

    /** Several problems thrown together, as the modules' *Problems do. */
    static final class Problems extends FieldProblems {
        Problems(List<FieldProblem> problems) {
            super("INVALID", "form", problems);
        }
    }
}
