package org.onedoor.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An NHS number (domain-reference §8.1): ten digits held as a string, so a leading zero survives, whose tenth digit is
 * the Modulus 11 check of the first nine. Accepts spaces and hyphens as people type them and keeps only the digits.
 * Refuses {@code 0000000000} by policy, though the bare algorithm accepts it.
 *
 * <p>Whether the reserved test range (999 000 0000 to 999 999 9999) is welcome depends on the profile, so this type
 * only reports it through {@link #isTestRange()}. Never write an NHS number to a log (architecture §3).
 */
public record NhsNumber(String value) {

    public static final String INVALID = "NHS_NUMBER_INVALID";

    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    public NhsNumber {
        value = normalise(value);
        if (!hasValidDigits(value)) {
            throw new DomainRuleViolation(INVALID, "nhsNumber", Messages.text("person.nhsNumber.invalid"));
        }
    }

    /** True if the typed text, once spaces and hyphens are removed, is a valid NHS number. */
    public static boolean isValid(@Nullable String typed) {
        return typed != null && hasValidDigits(normalise(typed));
    }

    /** Shown 3-3-4, as in "943 476 5919". */
    public String formatted() {
        return format(value);
    }

    /**
     * Ten stored digits shown 3-3-4, without checking them again: a stored number read back for display must never
     * fail a page (one that is not ten digits is shown as stored).
     */
    public static String format(String stored) {
        return stored.length() != 10
                ? stored
                : stored.substring(0, 3) + " " + stored.substring(3, 6) + " " + stored.substring(6);
    }

    /** True for 999 000 0000 to 999 999 9999, reserved for testing: the only numbers fixtures and demo data use. */
    public boolean isTestRange() {
        return value.startsWith("999");
    }

    private static String normalise(@Nullable String typed) {
        return typed == null ? "" : SEPARATORS.matcher(typed).replaceAll("");
    }

    private static boolean hasValidDigits(String digits) {
        return TEN_DIGITS.matcher(digits).matches()
                && !digits.equals("0000000000")
                && checkDigit(digits) == digits.charAt(9) - '0';
    }

    /** Modulus 11 over digits 1-9 with weights 10 down to 2; 11 becomes 0, and 10 (returned as is) never matches. */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
