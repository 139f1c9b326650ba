package org.onedoor.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.NhsNumber;
import org.onedoor.shared.Sex;

/** Who the client is and how to reach them safely, with code labels resolved for display. */
public record ClientIdentity(
        UUID id,
        String reference,
        String legalGivenName,
        String legalFamilyName,
        @Nullable String preferredName,
        LocalDate dateOfBirth,
        Sex sex,
        @Nullable String genderIdentity,
        @Nullable String genderIdentityLabel,
        @Nullable String nhsNumber,
        @Nullable String ethnicity,
        @Nullable String ethnicityLabel,
        @Nullable String postcode,
        @Nullable String accommodation,
        @Nullable String accommodationLabel,
        @Nullable String address,
        ContactDetails contact,
        @Nullable String safeContactNotes,
        @Nullable UUID gpPracticeId,
        @Nullable String gpPracticeName,
        @Nullable String gpPracticeOdsCode,
        @Nullable ClientId mergedInto,
        @Nullable Instant voidedAt,
        @Nullable String voidReason,
        int version) {

    public String name() {
        return legalGivenName + " " + legalFamilyName;
    }

    public @Nullable String nhsNumberFormatted() {
        return nhsNumber == null ? null : NhsNumber.format(nhsNumber);
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** Back into the shape of a form, for amending. */
    public NewClient asNewClient() {
        return new NewClient(
                legalGivenName,
                legalFamilyName,
                preferredName,
                dateOfBirth,
                sex,
                genderIdentity,
                nhsNumber,
                ethnicity,
                postcode,
                accommodation,
                address,
                contact,
                safeContactNotes,
                gpPracticeId);
    }
}
