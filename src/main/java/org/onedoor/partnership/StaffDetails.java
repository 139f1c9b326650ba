package org.onedoor.partnership;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator records about a member of staff. A professional registration (body and number, such as
 * GMC 1234567 or NMC 12A3456B) is recorded where the job needs one.
 */
public record StaffDetails(
        String givenName,
        String familyName,
        String jobRole,
        UUID organisationId,
        @Nullable String email,
        @Nullable String professionalBody,
        @Nullable String registrationNumber,
        LocalDate activeFrom,
        @Nullable LocalDate activeTo) {}
