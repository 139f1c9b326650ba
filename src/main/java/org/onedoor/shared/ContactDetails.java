package org.onedoor.shared;

import org.jspecify.annotations.Nullable;

/**
 * How a person may be reached, as a referral and a client record both hold it: a telephone number and an email
 * address (either may be absent), and whether it is safe to text them, leave them a voicemail or write to them. The
 * three preferences default to no: a phone call in person is the only contact assumed safe. Forms and JSON keep
 * their own flat fields ({@code telephone}, {@code email}, {@code mayText}, {@code mayVoicemail}, {@code mayWrite})
 * and read them through {@link #typed}.
 */
public record ContactDetails(
        @Nullable String telephone, @Nullable String email, boolean mayText, boolean mayVoicemail, boolean mayWrite) {

    /** No telephone, no email, and nothing but a phone call in person. */
    public static final ContactDetails NONE = new ContactDetails(null, null, false, false, false);

    /** As a form or JSON sends it: an unticked box or a missing flag is no. */
    public static ContactDetails typed(
            @Nullable String telephone,
            @Nullable String email,
            @Nullable Boolean mayText,
            @Nullable Boolean mayVoicemail,
            @Nullable Boolean mayWrite) {
        return new ContactDetails(
                telephone,
                email,
                Boolean.TRUE.equals(mayText),
                Boolean.TRUE.equals(mayVoicemail),
                Boolean.TRUE.equals(mayWrite));
    }

    /** The telephone number and email address as typed must look like one, each at its own field. */
    public void check(FieldProblems.Collector problems) {
        PersonDetails.telephone(problems, telephone);
        PersonDetails.email(problems, email);
    }

    /** The same, with the telephone number and email address trimmed and blank ones absent. */
    public ContactDetails tidied() {
        return new ContactDetails(Text.tidy(telephone), Text.tidy(email), mayText, mayVoicemail, mayWrite);
    }

    /** Whether nothing but a phone call in person is safe. */
    public boolean phoneCallOnly() {
        return !mayText && !mayVoicemail && !mayWrite;
    }
}
