package org.onedoor.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's ODS code, normalised to capitals: 3 to 8 capital letters and digits, such as a trust's
 * {@code RX1}, a pharmacy's {@code FA123} or a GP practice's {@code C81010} (one capital letter and five digits,
 * {@link #isPractice()}). Modules pass this rather than a string, so a code has been checked once, where it was typed.
 */
public record OdsCode(String value) {

    private static final Pattern PRACTICE = Pattern.compile("[A-Z][0-9]{5}");
    private static final Pattern ORGANISATION = Pattern.compile("[A-Z0-9]{3,8}");

    public OdsCode {
        if (!isOrganisationCode(value)) {
            throw new IllegalArgumentException("Not an ODS code: " + value);
        }
    }

    /** The code as people type it (lower case, surrounding spaces), or empty if it has no ODS code's shape. */
    public static Optional<OdsCode> parse(@Nullable String typed) {
        String code = normalise(typed);
        return isOrganisationCode(code) ? Optional.of(new OdsCode(code)) : Optional.empty();
    }

    /** Whether this is a GP practice's code: one capital letter and five digits. */
    public boolean isPractice() {
        return isValid(value);
    }

    /** Whether a normalised code has the shape of a GP practice's ODS code: one capital letter and five digits. */
    public static boolean isValid(@Nullable String value) {
        return value != null && PRACTICE.matcher(value).matches();
    }

    /** Whether a normalised code has the shape of any organisation's ODS code, not only a practice's. */
    public static boolean isOrganisationCode(@Nullable String value) {
        return value != null && ORGANISATION.matcher(value).matches();
    }

    /** Accepts lower case and surrounding spaces, as people type it. */
    public static String normalise(@Nullable String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
