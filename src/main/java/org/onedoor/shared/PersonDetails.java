package org.onedoor.shared;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The checks a person's identifying and contact details pass wherever they are recorded (a referral, a client
 * record), so that both say the same about the same typing. Each adds its problems to the caller's collector;
 * {@code whose} words the person as the module speaks of them ("client's", "person's").
 */
public final class PersonDetails {

    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PersonDetails() {
    }

    /** A date of birth must be given, not in the future and within the last 120 years. */
    public static void dateOfBirth(FieldProblems.Collector problems, @Nullable LocalDate born, LocalDate today) {
        if (born == null) {
            problems.add("dateOfBirth", "REQUIRED", "Enter the date of birth");
        } else if (born.isAfter(today)) {
            problems.add("dateOfBirth", "DATE_IN_FUTURE", "The date of birth must be in the past");
        } else if (born.isBefore(today.minusYears(120))) {
            problems.add("dateOfBirth", "DATE_TOO_EARLY", "The date of birth must be within the last 120 years");
        }
    }

    /**
     * The NHS number as ten digits, or null when none was typed or it is refused: not a valid number, or in the
     * reserved test range where test numbers are not accepted.
     */
    public static @Nullable String nhsNumber(FieldProblems.Collector problems, @Nullable String typed,
                                             boolean acceptTestNhsNumbers, String whose) {
        if (!present(typed)) {
            return null;
        }
        if (!NhsNumber.isValid(typed)) {
            problems.add("nhsNumber", NhsNumber.INVALID,
                    "Enter a valid NHS number: 10 digits, like 943 476 5919, or leave it blank if not known");
            return null;
        }
        NhsNumber number = new NhsNumber(typed);
        if (number.isTestRange() && !acceptTestNhsNumbers) {
            problems.add("nhsNumber", "NHS_NUMBER_TEST_RANGE",
                    "NHS numbers starting 999 are for testing only: enter the " + whose + " real NHS number");
            return null;
        }
        return number.value();
    }

    /** A postcode may be left out; when typed it looks like a UK postcode (LS1 4AP). */
    public static void postcode(FieldProblems.Collector problems, @Nullable String postcode) {
        problems.optional("postcode", postcode, 10);
        if (present(postcode) && !POSTCODE.matcher(postcode.strip()).matches()) {
            problems.add("postcode", "POSTCODE_FORMAT", "Enter a real postcode, like LS1 4AP");
        }
    }

    /** An email address may be left out; when typed it looks like one (name@example.com). */
    public static void email(FieldProblems.Collector problems, @Nullable String email) {
        problems.optional("email", email, 200);
        if (present(email) && !EMAIL.matcher(email.strip()).matches()) {
            problems.add("email", "EMAIL_FORMAT", "Enter an email address in the right format, like name@example.com");
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
