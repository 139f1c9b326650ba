package org.onedoor.partnership;

import java.util.regex.Pattern;

/** A GP practice's ODS code: one capital letter and five digits, such as {@code C81010}. */
public record OdsCode(String value) {

    private static final Pattern PRACTICE = Pattern.compile("[A-Z][0-9]{5}");
    private static final Pattern ORGANISATION = Pattern.compile("[A-Z0-9]{3,8}");

    public OdsCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a GP practice ODS code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && PRACTICE.matcher(value).matches();
    }

    /**
     * Whether a normalised code has the shape of any organisation's ODS code, not only a practice's: 3 to 8 capital
     * letters and digits, such as a trust's {@code RX1}, a pharmacy's {@code FA123} or a practice's {@code C81010}.
     */
    public static boolean isOrganisationCode(String value) {
        return value != null && ORGANISATION.matcher(value).matches();
    }

    /** Accepts lower case and surrounding spaces, as people type it. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
