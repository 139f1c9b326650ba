package org.onedoor.contract.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Messages;
import org.onedoor.shared.web.FormErrors;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the contract screens and the small rules for reading them. */
final class ContractForms {

    static final String IMPORT = "importForm";
    static final String RUN = "runForm";
    /** A contract document is a few kilobytes; anything this big is not one. */
    static final long MAX_DOCUMENT_BYTES = 256 * 1024;

    private static final Pattern MONTH = Pattern.compile("\\s*(\\d{4})\\s*-\\s*(\\d{1,2})\\s*");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\s*(\\d{1,2})\\s*[ /]\\s*(\\d{4})\\s*");

    /** Errors coded and keeping the value typed as Spring's binder does. */
    static final FormErrors ERRORS = FormErrors.bound();

    private ContractForms() {}

    /** The uploaded contract document. */
    record Import(@Nullable MultipartFile document) {}

    /** The month to run, typed as 2016-05 (or 5/2016, 5 2016). */
    record Run(@Nullable String month) {}

    static @Nullable YearMonth month(BindingResult errors, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            ERRORS.reject(errors, "month", "REQUIRED", Messages.text("contract.month.required"));
            return null;
        }
        Optional<YearMonth> month = parseMonth(typed);
        if (month.isEmpty()) {
            ERRORS.reject(errors, "month", "INVALID", Messages.text("contract.month.invalid"));
        }
        return month.orElse(null);
    }

    /** A month typed as 2016-05, 5/2016 or 5 2016; empty when it is none. */
    static Optional<YearMonth> parseMonth(String typed) {
        Matcher iso = MONTH.matcher(typed);
        Matcher british = MONTH_YEAR.matcher(typed);
        try {
            if (iso.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2))));
            }
            if (british.matches()) {
                return Optional.of(
                        YearMonth.of(Integer.parseInt(british.group(2)), Integer.parseInt(british.group(1))));
            }
        } catch (DateTimeException e) {
            // no such month
        }
        return Optional.empty();
    }
}
