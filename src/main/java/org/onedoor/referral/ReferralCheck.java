package org.onedoor.referral;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.onedoor.shared.NhsNumber;

/**
 * The checks every referral passes, whatever its channel: all problems are collected, then thrown together.
 * Returns the NHS number in its stored form (ten digits) when one was given.
 */
final class ReferralCheck {

    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ReferralCheck() {
    }

    static @Nullable String check(NewReferral referral, LocalDate today, boolean acceptTestNhsNumbers,
                                  Set<String> sources, Set<String> substances, boolean knownPractice) {
        ReferralProblems.Collector problems = new ReferralProblems.Collector();
        required(problems, "givenName", referral.givenName(), 80, "Enter the person's first name");
        required(problems, "familyName", referral.familyName(), 80, "Enter the person's last name");
        LocalDate born = referral.dateOfBirth();
        if (born == null) {
            problems.add("dateOfBirth", "REQUIRED", "Enter the date of birth");
        } else if (born.isAfter(today)) {
            problems.add("dateOfBirth", "DATE_IN_FUTURE", "The date of birth must be in the past");
        } else if (born.isBefore(today.minusYears(120))) {
            problems.add("dateOfBirth", "DATE_TOO_EARLY", "The date of birth must be within the last 120 years");
        }
        if (referral.sex() == null) {
            problems.add("sex", "REQUIRED", "Select the person's sex, or 'Prefer not to say'");
        }
        String nhsNumber = nhsNumber(problems, referral.nhsNumber(), acceptTestNhsNumbers);
        optional(problems, "postcode", referral.postcode(), 10);
        if (referral.postcode() != null && !referral.postcode().isBlank()
                && !POSTCODE.matcher(referral.postcode().strip()).matches()) {
            problems.add("postcode", "POSTCODE_FORMAT", "Enter a real postcode, like LS1 4AP");
        }
        optional(problems, "telephone", referral.telephone(), 30);
        optional(problems, "email", referral.email(), 200);
        if (referral.email() != null && !referral.email().isBlank() && !EMAIL.matcher(referral.email().strip()).matches()) {
            problems.add("email", "EMAIL_FORMAT", "Enter an email address in the right format, like name@example.com");
        }
        if (referral.gpPracticeId() != null && !knownPractice) {
            problems.add("gpPracticeId", "UNKNOWN_PRACTICE", "Choose the GP practice from the partnership's list");
        }
        if (referral.source() == null || !sources.contains(referral.source())) {
            problems.add("source", "UNKNOWN_SOURCE", "Choose who is making the referral from the list");
        }
        substances(problems, referral.substances(), substances);
        if (referral.channel() == Channel.PROFESSIONAL || referral.channel() == Channel.API) {
            required(problems, "referrerName", referral.referrerName(), 120, "Enter the referrer's name");
            required(problems, "referrerOrganisation", referral.referrerOrganisation(), 160,
                    "Enter the referrer's organisation");
        } else {
            optional(problems, "referrerName", referral.referrerName(), 120);
            optional(problems, "referrerOrganisation", referral.referrerOrganisation(), 160);
        }
        optional(problems, "notes", referral.notes(), 4000);
        problems.throwIfAny();
        return nhsNumber;
    }

    private static @Nullable String nhsNumber(ReferralProblems.Collector problems, @Nullable String typed,
                                              boolean acceptTestNhsNumbers) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!NhsNumber.isValid(typed)) {
            problems.add("nhsNumber", "NHS_NUMBER_INVALID",
                    "Enter a valid NHS number: 10 digits, like 943 476 5919, or leave it blank if not known");
            return null;
        }
        NhsNumber number = new NhsNumber(typed);
        if (number.isTestRange() && !acceptTestNhsNumbers) {
            problems.add("nhsNumber", "NHS_NUMBER_TEST_RANGE",
                    "NHS numbers starting 999 are for testing only: enter the person's real NHS number");
            return null;
        }
        return number.value();
    }

    private static void substances(ReferralProblems.Collector problems, @Nullable List<String> chosen,
                                   Set<String> known) {
        List<String> given = chosen == null ? List.of()
                : chosen.stream().filter(code -> code != null && !code.isBlank()).toList();
        if (given.isEmpty()) {
            problems.add("substances", "REQUIRED", "Choose the main problem substance");
        } else if (given.size() > 3) {
            problems.add("substances", "TOO_MANY", "Choose at most three problem substances");
        } else if (!known.containsAll(given)) {
            problems.add("substances", "UNKNOWN_SUBSTANCE", "Choose problem substances from the list");
        } else if (new HashSet<>(given).size() != given.size()) {
            problems.add("substances", "DUPLICATE_SUBSTANCE", "Choose each problem substance only once");
        }
    }

    private static void required(ReferralProblems.Collector problems, String field, @Nullable String value, int max,
                                 String message) {
        if (value == null || value.isBlank()) {
            problems.add(field, "REQUIRED", message);
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(ReferralProblems.Collector problems, String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(field, "TOO_LONG", "Must be " + max + " characters or fewer");
        }
    }
}
