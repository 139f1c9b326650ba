package org.onedoor.partnership;

import java.util.regex.Pattern;

/** A GP practice's ODS code: one capital letter and five digits, such as {@code C81010}. */
public record OdsCode(String value) {

    private static final Pattern PRACTICE = Pattern.compile("[A-Z][0-9]{5}");

    public OdsCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a GP practice ODS code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && PRACTICE.matcher(value).matches();
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
