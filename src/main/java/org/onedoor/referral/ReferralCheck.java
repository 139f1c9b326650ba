package org.onedoor.referral;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.PersonDetails;

/**
 * The checks every referral passes, whatever its channel: all problems are collected, then thrown together.
 * Returns the NHS number in its stored form (ten digits) when one was given.
 */
final class ReferralCheck {

    /** Every problem with a referral, thrown together; nothing is saved. */
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("REFERRAL_INVALID", "referral");

    private ReferralCheck() {}

    static @Nullable String check(
            NewReferral referral,
            LocalDate today,
            boolean acceptTestNhsNumbers,
            Set<String> sources,
            Set<String> substances,
            boolean knownPractice) {
        FieldProblems.Collector problems = PROBLEMS.collector();
        PersonDetails.name(
                problems, "givenName", referral.givenName(), 80, Messages.text("referral.givenName.required"));
        PersonDetails.name(
                problems, "familyName", referral.familyName(), 80, Messages.text("referral.familyName.required"));
        PersonDetails.dateOfBirth(problems, referral.dateOfBirth(), today);
        if (referral.sex() == null) {
            problems.add("sex", "REQUIRED", Messages.text("referral.sex.required"));
        }
        String nhsNumber = PersonDetails.nhsNumber(problems, referral.nhsNumber(), acceptTestNhsNumbers, "person's");
        PersonDetails.postcode(problems, referral.postcode());
        referral.contact().check(problems);
        if (referral.gpPracticeId() != null && !knownPractice) {
            problems.add("gpPracticeId", "UNKNOWN_PRACTICE", Messages.text("referral.gpPracticeId.unknownPractice"));
        }
        if (referral.source() == null || !sources.contains(referral.source())) {
            problems.add("source", "UNKNOWN_SOURCE", Messages.text("referral.source.unknownSource"));
        }
        substances(problems, referral.substances(), substances);
        if (referral.channel() == Channel.PROFESSIONAL || referral.channel() == Channel.API) {
            problems.required(
                    "referrerName", referral.referrerName(), 120, Messages.text("referral.referrerName.required"));
            problems.required(
                    "referrerOrganisation",
                    referral.referrerOrganisation(),
                    160,
                    Messages.text("referral.referrerOrganisation.required"));
        } else {
            problems.optional("referrerName", referral.referrerName(), 120);
            problems.optional("referrerOrganisation", referral.referrerOrganisation(), 160);
        }
        problems.optional("notes", referral.notes(), 4000);
        problems.throwIfAny();
        return nhsNumber;
    }

    private static void substances(FieldProblems.Collector problems, @Nullable List<String> chosen, Set<String> known) {
        List<String> given = chosen == null
                ? List.of()
                : chosen.stream()
                        .filter(code -> code != null && !code.isBlank())
                        .toList();
        if (given.isEmpty()) {
            problems.add("substances", "REQUIRED", Messages.text("referral.substances.required"));
        } else if (given.size() > 3) {
            problems.add("substances", "TOO_MANY", Messages.text("referral.substances.tooMany"));
        } else if (!known.containsAll(given)) {
            problems.add("substances", "UNKNOWN_SUBSTANCE", Messages.text("referral.substances.unknownSubstance"));
        } else if (new HashSet<>(given).size() != given.size()) {
            problems.add("substances", "DUPLICATE_SUBSTANCE", Messages.text("referral.substances.duplicateSubstance"));
        }
    }
}
