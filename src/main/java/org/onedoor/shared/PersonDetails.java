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
    private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9 ()-]+");
    public static final String NAME_MESSAGE = "Enter a name made of letters, like Sam or O'Neill-Jones";
    public static final String TELEPHONE_MESSAGE =
            "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";

    private PersonDetails() {}

    /** A date of birth must be given, not in the future and within the last 120 years. */
    public static void dateOfBirth(FieldProblems.Collector problems, @Nullable LocalDate born, LocalDate today) {
        if (born == null) {
            problems.add("dateOfBirth", "REQUIRED", Messages.text("person.dateOfBirth.required"));
        } else if (born.isAfter(today)) {
            problems.add("dateOfBirth", "DATE_IN_FUTURE", Messages.text("person.dateOfBirth.dateInFuture"));
        } else if (born.isBefore(today.minusYears(120))) {
            problems.add("dateOfBirth", "DATE_TOO_EARLY", Messages.text("person.dateOfBirth.dateTooEarly"));
        }
    }

    /**
     * The NHS number as ten digits, or null when none was typed or it is refused: not a valid number, or in the
     * reserved test range where test numbers are not accepted.
     */
    public static @Nullable String nhsNumber(
            FieldProblems.Collector problems, @Nullable String typed, boolean acceptTestNhsNumbers, String whose) {
        if (!present(typed)) {
            return null;
        }
        if (!NhsNumber.isValid(typed)) {
            problems.add("nhsNumber", NhsNumber.INVALID, Messages.text("person.nhsNumber.nhsNumberInvalid"));
            return null;
        }
        NhsNumber number = new NhsNumber(typed);
        if (number.isTestRange() && !acceptTestNhsNumbers) {
            problems.add(
                    "nhsNumber", "NHS_NUMBER_TEST_RANGE", Messages.text("person.nhsNumber.nhsNumberTestRange", whose));
            return null;
        }
        return number.value();
    }

    /** A name that must be given: see {@link #optionalName}. */
    public static void name(
            FieldProblems.Collector problems, String field, @Nullable String name, int max, String requiredMessage) {
        problems.required(field, name, max, requiredMessage);
        if (present(name)) {
            optionalName(problems, field, name, max);
        }
    }

    /**
     * A name may be left out; when typed it has at least one visible letter (so not only digits, punctuation or
     * invisible characters such as zero-width spaces) and no line breaks, tabs or invisible formatting characters.
     */
    public static void optionalName(FieldProblems.Collector problems, String field, @Nullable String name, int max) {
        if (!present(name)) {
            return;
        }
        if (!isName(name)) {
            problems.add(field, "NAME_FORMAT", NAME_MESSAGE);
        } else if (name.strip().length() > max) {
            problems.add(
                    field, "TOO_LONG", Messages.text("field.tooLong", FieldProblems.Collector.fieldName(field), max));
        }
    }

    /** Whether typed text can be a name: a visible letter, and no control or invisible formatting characters. */
    public static boolean isName(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || isFiller(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** A telephone number may be left out; when typed it is 10 to 15 digits, with spaces, brackets, '-' or a '+'. */
    public static void telephone(FieldProblems.Collector problems, @Nullable String telephone) {
        problems.optional("telephone", telephone, 30);
        if (present(telephone) && !isTelephone(telephone)) {
            problems.add("telephone", "TELEPHONE_FORMAT", TELEPHONE_MESSAGE);
        }
    }

    /** Whether typed text can be a telephone number: 10 to 15 digits, with spaces, brackets, '-' or a leading '+'. */
    public static boolean isTelephone(String telephone) {
        long digits = telephone.chars().filter(c -> c >= '0' && c <= '9').count();
        return TELEPHONE.matcher(telephone.strip()).matches() && digits >= 10 && digits <= 15;
    }

    /** Hangul fillers are letters to Unicode but print as nothing. */
    private static boolean isFiller(char c) {
        return c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0';
    }

    /** A postcode may be left out; when typed it looks like a UK postcode (LS1 4AP). */
    public static void postcode(FieldProblems.Collector problems, @Nullable String postcode) {
        problems.optional("postcode", postcode, 10);
        if (present(postcode) && !POSTCODE.matcher(postcode.strip()).matches()) {
            problems.add("postcode", "POSTCODE_FORMAT", Messages.text("person.postcode.postcodeFormat"));
        }
    }

    /** An email address may be left out; when typed it looks like one (name@example.com). */
    public static void email(FieldProblems.Collector problems, @Nullable String email) {
        problems.optional("email", email, 200);
        if (present(email) && !EMAIL.matcher(email.strip()).matches()) {
            problems.add("email", "EMAIL_FORMAT", Messages.text("person.email.emailFormat"));
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
