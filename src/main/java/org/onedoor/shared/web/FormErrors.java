package org.onedoor.shared.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Puts a form's problems beside its fields (the first problem of a field wins; a problem of no field goes above the
 * form) and shows them in an error summary ordered as the fields appear. One instance per way of coding the errors:
 * {@link #codedAs} gives each error the one message code named (a module prefix, or a bundle key), {@link #bound}
 * codes it and keeps the value typed as Spring's binder does.
 */
public final class FormErrors {

    /** The model name of the form on every page. */
    public static final String FORM = "form";

    private final @Nullable String prefix;

    private FormErrors(@Nullable String prefix) {
        this.prefix = prefix;
    }

    /** Errors coded as the prefix followed by the problem's code ("treatment.REQUIRED", or a bundle key). */
    public static FormErrors codedAs(String prefix) {
        return new FormErrors(prefix);
    }

    /** Errors coded by the binding result's own code resolver, keeping the value that was typed. */
    public static FormErrors bound() {
        return new FormErrors(null);
    }

    /** The problem beside its field, unless that field already shows one. */
    public void reject(BindingResult errors, String field, String code, String message) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (prefix == null) {
            errors.rejectValue(field, code, message);
        } else {
            errors.addError(new FieldError(
                    errors.getObjectName(), field, null, false, new String[] {prefix + code}, null, message));
        }
    }

    /** The problem above the form, concerning no one field. */
    public void rejectForm(BindingResult errors, String code, String message) {
        if (prefix == null) {
            errors.reject(code, message);
        } else {
            errors.addError(new ObjectError(errors.getObjectName(), new String[] {prefix + code}, null, message));
        }
    }

    /** Each problem of a refused change beside its field, or above the form when it names none. */
    public void reject(BindingResult errors, DomainRuleViolation refused) {
        reject(errors, refused, UnaryOperator.identity());
    }

    /**
     * Each problem of a refused change beside the form's field for it: {@code field} turns the service's name of a
     * field ("" for none) into the form's, or into "" for above the form.
     */
    public void reject(BindingResult errors, DomainRuleViolation refused, UnaryOperator<String> field) {
        for (DomainRuleViolation.FieldProblem problem : refused.problems()) {
            String at = field.apply(problem.field());
            if (at.isBlank()) {
                rejectForm(errors, problem.code(), problem.message());
            } else {
                reject(errors, at, problem.code(), problem.message());
            }
        }
    }

    /** The form's name for each field the service names otherwise; the rest keep their names. */
    public static UnaryOperator<String> renamed(Map<String, String> renamed) {
        return field -> renamed.getOrDefault(field, field);
    }

    /** As {@link #renamed}, but a field the form does not show goes above the form. */
    public static UnaryOperator<String> onlyOn(Set<String> shown, Map<String, String> renamed) {
        return field -> {
            String named = renamed.getOrDefault(field, field);
            return shown.contains(named) ? named : "";
        };
    }

    /** A new, empty result to collect the form's errors in. */
    public static BindingResult errorsOf(Object form) {
        return new BeanPropertyBindingResult(form, FORM);
    }

    /** Shows the errors as they were found, and flags the page title. */
    public static void show(Model model, BindingResult errors) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        model.addAttribute("hasErrors", true);
    }

    /**
     * Shows the errors in the order of the form's fields (its record components; "address.line1" stands where
     * "address" does), those of the whole form first, and flags the page title.
     */
    public static void show(Model model, BindingResult errors, Record form) {
        List<String> order = Arrays.stream(form.getClass().getRecordComponents())
                .map(c -> c.getName())
                .toList();
        BeanPropertyBindingResult ordered = new BeanPropertyBindingResult(form, FORM);
        errors.getGlobalErrors().forEach(ordered::addError);
        errors.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> position(order, error.getField())))
                .forEach(ordered::addError);
        show(model, ordered);
    }

    private static int position(List<String> order, String field) {
        int dot = field.indexOf('.');
        int index = order.indexOf(dot < 0 ? field : field.substring(0, dot));
        return index < 0 ? order.size() : index;
    }

    /**
     * The usual POST: when the form has no errors, makes the change; a refusal goes beside its fields, success
     * flashes a message and redirects. Finish it with {@link Submission#thenRedirect} and
     * {@link Submission.Redirecting#orShow}.
     */
    public Submission submit(BindingResult errors, Model model, Record form, Runnable change) {
        return new Submission(this, errors, model, form, change, UnaryOperator.identity());
    }
}
