package org.onedoor.client;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.onedoor.shared.NhsNumber;

/** The checks every client identity passes, whoever records it. Returns the NHS number as ten digits, if given. */
final class ClientCheck {

    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ClientCheck() {
    }

    static @Nullable String check(NewClient client, LocalDate today, boolean acceptTestNhsNumbers, ClientCodes codes,
                                  boolean knownPractice) {
        ClientProblems.Collector problems = new ClientProblems.Collector();
        problems.required("legalGivenName", client.legalGivenName(), 80, "Enter the client's legal first name");
        problems.required("legalFamilyName", client.legalFamilyName(), 80, "Enter the client's legal last name");
        problems.optional("preferredName", client.preferredName(), 80);
        LocalDate born = client.dateOfBirth();
        if (born == null) {
            problems.add("dateOfBirth", "REQUIRED", "Enter the date of birth");
        } else if (born.isAfter(today)) {
            problems.add("dateOfBirth", "DATE_IN_FUTURE", "The date of birth must be in the past");
        } else if (born.isBefore(today.minusYears(120))) {
            problems.add("dateOfBirth", "DATE_TOO_EARLY", "The date of birth must be within the last 120 years");
        }
        if (client.sex() == null) {
            problems.add("sex", "REQUIRED", "Select the client's sex, or 'Prefer not to say'");
        }
        code(problems, "genderIdentity", client.genderIdentity(), codes.genderIdentities().containsKey(
                client.genderIdentity()), "Choose the gender identity from the list");
        code(problems, "ethnicity", client.ethnicity(), codes.ethnicities().containsKey(client.ethnicity()),
                "Choose the ethnic category from the list");
        code(problems, "accommodation", client.accommodation(), codes.accommodations().containsKey(
                client.accommodation()), "Choose the accommodation status from the list");
        String nhsNumber = nhsNumber(problems, client.nhsNumber(), acceptTestNhsNumbers);
        problems.optional("postcode", client.postcode(), 10);
        if (present(client.postcode()) && !POSTCODE.matcher(client.postcode().strip()).matches()) {
            problems.add("postcode", "POSTCODE_FORMAT", "Enter a real postcode, like LS1 4AP");
        }
        problems.optional("address", client.address(), 300);
        problems.optional("telephone", client.telephone(), 30);
        problems.optional("email", client.email(), 200);
        if (present(client.email()) && !EMAIL.matcher(client.email().strip()).matches()) {
            problems.add("email", "EMAIL_FORMAT", "Enter an email address in the right format, like name@example.com");
        }
        problems.optional("safeContactNotes", client.safeContactNotes(), 500);
        if (client.gpPracticeId() != null && !knownPractice) {
            problems.add("gpPracticeId", "UNKNOWN_PRACTICE", "Choose the GP practice from the partnership's list");
        }
        problems.throwIfAny();
        return nhsNumber;
    }

    private static void code(ClientProblems.Collector problems, String field, @Nullable String value, boolean known,
                             String message) {
        if (present(value) && !known) {
            problems.add(field, "UNKNOWN_CODE", message);
        }
    }

    private static @Nullable String nhsNumber(ClientProblems.Collector problems, @Nullable String typed,
                                              boolean acceptTestNhsNumbers) {
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
                    "NHS numbers starting 999 are for testing only: enter the client's real NHS number");
            return null;
        }
        return number.value();
    }

    static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
