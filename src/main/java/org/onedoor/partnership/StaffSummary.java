package org.onedoor.partnership;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member of staff with the name of their organisation. */
public record StaffSummary(
        UUID id,
        String givenName,
        String familyName,
        String jobRole,
        UUID organisationId,
        String organisationName,
        @Nullable String email,
        @Nullable String professionalBody,
        @Nullable String registrationNumber,
        LocalDate activeFrom,
        @Nullable LocalDate activeTo,
        int version) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public boolean activeOn(LocalDate date) {
        return !activeFrom.isAfter(date) && (activeTo == null || !activeTo.isBefore(date));
    }

    public StaffDetails details() {
        return new StaffDetails(
                givenName,
                familyName,
                jobRole,
                organisationId,
                email,
                professionalBody,
                registrationNumber,
                activeFrom,
                activeTo);
    }
}
