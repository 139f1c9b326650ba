package org.onedoor.client;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.Sex;

/**
 * A client's identity and contact details, as typed: {@link ClientRegistry} checks every field in one pass. Codes
 * (gender identity, ethnicity, accommodation) come from the client code lists.
 */
public record NewClient(
        @Nullable String legalGivenName,
        @Nullable String legalFamilyName,
        @Nullable String preferredName,
        @Nullable LocalDate dateOfBirth,
        @Nullable Sex sex,
        @Nullable String genderIdentity,
        @Nullable String nhsNumber,
        @Nullable String ethnicity,
        @Nullable String postcode,
        @Nullable String accommodation,
        @Nullable String address,
        ContactDetails contact,
        @Nullable String safeContactNotes,
        @Nullable UUID gpPracticeId) {

    /** The fewest details a record can start from: names, date of birth and sex. */
    public static NewClient named(String givenName, String familyName, LocalDate dateOfBirth, Sex sex) {
        return new NewClient(
                givenName,
                familyName,
                null,
                dateOfBirth,
                sex,
                null,
                null,
                null,
                null,
                null,
                null,
                ContactDetails.NONE,
                null,
                null);
    }

    public NewClient withNhsNumber(@Nullable String number) {
        return with(number, postcode, contact, gpPracticeId);
    }

    public NewClient withPractice(@Nullable UUID practiceId) {
        return with(nhsNumber, postcode, contact, practiceId);
    }

    public NewClient withContact(@Nullable String postcode, ContactDetails contact) {
        return with(nhsNumber, postcode, contact, gpPracticeId);
    }

    /** The same person with the details a referral or an import adds after the names. */
    private NewClient with(
            @Nullable String number, @Nullable String postcode, ContactDetails contact, @Nullable UUID practiceId) {
        return new NewClient(
                legalGivenName,
                legalFamilyName,
                preferredName,
                dateOfBirth,
                sex,
                genderIdentity,
                number,
                ethnicity,
                postcode,
                accommodation,
                address,
                contact,
                safeContactNotes,
                practiceId);
    }
}
