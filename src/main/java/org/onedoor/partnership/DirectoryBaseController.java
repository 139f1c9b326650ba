package org.onedoor.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.TypedDate;
import org.onedoor.shared.web.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the directory's administrator screens share: reading three-field dates, saving with refusals shown at their
 * fields (through {@link FormErrors}), and the who-what-when history table.
 */
abstract class DirectoryBaseController {

    static final String FORM = FormErrors.FORM;
    /** Errors whose code is the key of their message in the bundle. */
    static final FormErrors KEYS = FormErrors.codedAs("");
    /** A domain refusal, coded "rule.<code>". */
    static final FormErrors RULES = FormErrors.codedAs("rule.");

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
        boolean manages = authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch("DIRECTORY_MANAGE"::equals);
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

    /** The active period of a form: a required start and an optional end not before it; a part is null when wrong. */
    static Period period(BindingResult errors, @Nullable TypedDate typedFrom, @Nullable TypedDate typedTo) {
        LocalDate from = date(errors, typedFrom, "activeFrom", true);
        LocalDate to = date(errors, typedTo, "activeTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            reject(errors, "activeTo", "date.activeTo.beforeFrom");
        }
        return new Period(from, to);
    }

    /** The message of this bundle key beside the field, unless the field already shows one. */
    static void reject(BindingResult errors, String field, String key) {
        KEYS.reject(errors, field, key, key);
    }

    /**
     * Runs a save once the details are valid. A refused save becomes errors at its fields, a change by someone else
     * meanwhile an error for the whole form. Returns where to go next, or null to show the form again.
     */
    static @Nullable String attempt(
            BindingResult errors, @Nullable Object details, String changedMeanwhileCode, Supplier<String> save) {
        if (details == null) {
            return null;
        }
        try {
            return save.get();
        } catch (DomainRuleViolation refused) {
            RULES.reject(errors, refused);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            KEYS.rejectForm(errors, changedMeanwhileCode, changedMeanwhileCode);
        }
        return null;
    }

    /** Where a save leads: on when it was done, else the form again with its errors shown. */
    static String doneOrAgain(
            @Nullable String done, Model model, BindingResult errors, Record form, Supplier<String> again) {
        if (done != null) {
            return done;
        }
        FormErrors.show(model, errors, form);
        return again.get();
    }

    /** Refuses a form that was filled in from an older version of the record than the one now saved. */
    static void requireVersion(int current, @Nullable String typed, String what) {
        if (!String.valueOf(current).equals(typed)) {
            throw new OptimisticLockingFailureException(what + " changed meanwhile");
        }
    }

    List<HistoryRow> history(UUID subjectId) {
        return directory.history(subjectId).stream()
                .map(entry -> new HistoryRow(
                        STAMP.format(entry.changedAt().atZone(clock.getZone())),
                        entry.changedBy(),
                        "CREATED".equals(entry.action()) ? "Created" : "Changed",
                        entry.summary()))
                .toList();
    }

    static @Nullable Integer version(@Nullable String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException tampered) {
            return null;
        }
    }

    /** A form's active period as typed and checked. */
    record Period(@Nullable LocalDate from, @Nullable LocalDate to) {}

    /** One row of the change history as shown: when, who, what kind of change and what changed. */
    record HistoryRow(String when, String who, String action, String what) {}
}
