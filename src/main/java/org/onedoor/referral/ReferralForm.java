package org.onedoor.referral;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Messages;
import org.onedoor.shared.Sex;
import org.onedoor.shared.TypedDate;

/**
 * A referral form as typed (phone, professional or public web): every field is text, so whatever someone types
 * comes back to them on an error. {@link #toReferral} turns it into a {@link NewReferral}, collecting typing
 * problems (an impossible date, an unknown choice) as field problems.
 */
record ReferralForm(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String dobDay,
        @Nullable String dobMonth,
        @Nullable String dobYear,
        @Nullable String sex,
        @Nullable String nhsNumber,
        @Nullable String postcode,
        @Nullable String telephone,
        @Nullable String email,
        @Nullable Boolean mayText,
        @Nullable Boolean mayVoicemail,
        @Nullable Boolean mayWrite,
        @Nullable String gpPracticeId,
        @Nullable String source,
        @Nullable String referrerName,
        @Nullable String referrerOrganisation,
        @Nullable String substance1,
        @Nullable String substance2,
        @Nullable String substance3,
        @Nullable Set<Risk> risks,
        @Nullable String notes,
        @Nullable String website) {

    static ReferralForm empty() {
        return new ReferralForm(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                EnumSet.noneOf(Risk.class),
                null,
                null);
    }

    ReferralForm withReferrer(@Nullable String name, @Nullable String organisation, String sourceCode) {
        return new ReferralForm(
                givenName,
                familyName,
                dobDay,
                dobMonth,
                dobYear,
                sex,
                nhsNumber,
                postcode,
                telephone,
                email,
                mayText,
                mayVoicemail,
                mayWrite,
                gpPracticeId,
                sourceCode,
                name,
                organisation,
                substance1,
                substance2,
                substance3,
                risks,
                notes,
                website);
    }

    public boolean hasRisk(Risk risk) {
        return risks != null && risks.contains(risk);
    }

    /** The referral, or problems with the typing; the intake's own checks come after. */
    NewReferral toReferral(Channel channel, List<FieldProblem> problems) {
        LocalDate dob = TypedDate.read(
                new TypedDate(dobDay, dobMonth, dobYear), "dateOfBirth", "Date of birth", "27 3 1985", problems);
        Sex chosenSex = null;
        try {
            chosenSex = sex == null || sex.isBlank() ? null : Sex.valueOf(sex);
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem("sex", "UNKNOWN_SEX", Messages.text("referral.sex.required")));
        }
        UUID practice = null;
        try {
            practice = gpPracticeId == null || gpPracticeId.isBlank() ? null : UUID.fromString(gpPracticeId);
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(
                    "gpPracticeId", "UNKNOWN_PRACTICE", Messages.text("referral.gpPracticeId.unknownPractice.form")));
        }
        List<String> substances = java.util.stream.Stream.of(substance1, substance2, substance3)
                .filter(code -> code != null && !code.isBlank())
                .toList();
        return new NewReferral(
                channel,
                text(givenName),
                text(familyName),
                dob,
                chosenSex,
                nhsNumber,
                postcode,
                ContactDetails.typed(telephone, email, mayText, mayVoicemail, mayWrite),
                practice,
                text(source),
                referrerName,
                referrerOrganisation,
                substances,
                risks == null ? Set.of() : risks,
                notes);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
