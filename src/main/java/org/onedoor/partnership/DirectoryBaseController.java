package org.onedoor.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.TypedDate;

/**
 * What the directory's administrator screens share: reading three-field dates, turning domain refusals into field
 * errors, ordering the error summary as the fields appear, and the who-what-when history table.
 */
abstract class DirectoryBaseController {

    static final String FORM = "form";
    static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    protected final Directory directory;
    protected final Clock clock;

    DirectoryBaseController(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Screens that change the directory are for administrators; the module API checks again. */
    static void requireManage() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean manages = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch("DIRECTORY_MANAGE"::equals);
        if (!manages) {
            throw new AccessDeniedException("Only directory administrators may change the directory");
        }
    }

    /** Reads a three-field date, rejecting it at the field when required and blank or when not a real date. */
    static @Nullable LocalDate date(BindingResult errors, @Nullable TypedDate typed, String field, boolean required) {
        if (TypedDate.isBlank(typed)) {
            if (required) {
                reject(errors, field, "date.required." + field);
            }
            return null;
        }
        LocalDate date = TypedDate.parse(typed).orElse(null);
        if (date == null) {
            reject(errors, field, "date.invalid." + field);
        }
        return date;
    }

    static void reject(BindingResult errors, String field, String code) {
        if (!errors.hasFieldErrors(field)) {
            errors.addError(new FieldError(FORM, field, null, false, new String[] {code}, null, code));
        }
    }

    /** A domain refusal goes beside its field, or at the top of the form when it concerns no one field. */
    static void reject(BindingResult errors, DomainRuleViolation violation) {
        String[] codes = {"rule." + violation.code()};
        if (violation.field() == null) {
            errors.addError(new org.springframework.validation.ObjectError(FORM, codes, null,
                    violation.getMessage()));
        } else {
            errors.addError(new FieldError(FORM, violation.field(), null, false, codes, null,
                    violation.getMessage()));
        }
    }

    static void rejectGlobal(BindingResult errors, String code) {
        errors.addError(new org.springframework.validation.ObjectError(FORM, new String[] {code}, null, code));
    }

    /** Puts the errors in the order the form's fields appear (its record components), and flags the page title. */
    /**
     * Runs a save once the details are valid. A refused save becomes errors at its fields, a change by someone else
     * meanwhile an error for the whole form. Returns where to go next, or null to show the form again.
     */
    static @Nullable String attempt(BindingResult errors, @Nullable Object details, String changedMeanwhileCode,
                                    Supplier<String> save) {
        if (details == null) {
            return null;
        }
        try {
            return save.get();
        } catch (DomainRuleViolation refused) {
            reject(errors, refused);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            rejectGlobal(errors, changedMeanwhileCode);
        }
        return null;
    }

    /** Refuses a form that was filled in from an older version of the record than the one now saved. */
    static void requireVersion(int current, @Nullable String typed, String what) {
        if (!String.valueOf(current).equals(typed)) {
            throw new OptimisticLockingFailureException(what + " changed meanwhile");
        }
    }

    static void showErrors(Model model, BindingResult errors, Record form) {
        List<String> order = Arrays.stream(form.getClass().getRecordComponents()).map(c -> c.getName()).toList();
        BeanPropertyBindingResult ordered = new BeanPropertyBindingResult(form, FORM);
        errors.getGlobalErrors().forEach(ordered::addError);
        errors.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> position(order, error.getField())))
                .forEach(ordered::addError);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, ordered);
        model.addAttribute("hasErrors", true);
    }

    private static int position(List<String> order, String field) {
        int dot = field.indexOf('.');
        int index = order.indexOf(dot < 0 ? field : field.substring(0, dot));
        return index < 0 ? order.size() : index;
    }

    List<HistoryRow> history(UUID subjectId) {
        return directory.history(subjectId).stream()
                .map(entry -> new HistoryRow(STAMP.format(entry.changedAt().atZone(clock.getZone())),
                        entry.changedBy(), "CREATED".equals(entry.action()) ? "Created" : "Changed", entry.summary()))
                .toList();
    }

    static @Nullable String tidy(@Nullable String text) {
        return org.onedoor.shared.Text.tidy(text);
    }

    static @Nullable Integer version(@Nullable String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException tampered) {
            return null;
        }
    }

    /** One row of the change history as shown: when, who, what kind of change and what changed. */
    record HistoryRow(String when, String who, String action, String what) {
    }
}
