package org.onedoor.partnership;

import static org.onedoor.shared.Text.tidy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.PersonName;
import org.onedoor.shared.TypedDate;

/**
 * The add and change form of a member of staff, as typed. Sizes match the {@code staff_member} columns; the
 * organisation and dates are checked by the controller, which turns the form into {@link StaffDetails}.
 */
record StaffForm(
        @NotBlank(message = "{staff.givenName.required}")
        @Size(max = 80, message = "{staff.givenName.size}")
        @PersonName
        @Nullable
        String givenName,

        @NotBlank(message = "{staff.familyName.required}")
        @Size(max = 80, message = "{staff.familyName.size}")
        @PersonName
        @Nullable
        String familyName,

        @NotBlank(message = "{staff.jobRole.required}") @Size(max = 120, message = "{staff.jobRole.size}") @Nullable
        String jobRole,

        @Nullable String organisationId,

        @Email(message = "{staff.email.format}") @Size(max = 200, message = "{staff.email.size}") @Nullable
        String email,

        @Size(max = 20, message = "{staff.professionalBody.size}") @Nullable
        String professionalBody,

        @Size(max = 30, message = "{staff.registrationNumber.size}") @Nullable
        String registrationNumber,

        @Nullable TypedDate activeFrom,
        @Nullable TypedDate activeTo,
        @Nullable String version) {

    static StaffForm blank(@Nullable UUID organisationId) {
        return new StaffForm(
                null,
                null,
                null,
                organisationId == null ? null : organisationId.toString(),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static StaffForm of(StaffSummary member) {
        return new StaffForm(
                member.givenName(),
                member.familyName(),
                member.jobRole(),
                member.organisationId().toString(),
                member.email(),
                member.professionalBody(),
                member.registrationNumber(),
                TypedDate.of(member.activeFrom()),
                TypedDate.of(member.activeTo()),
                String.valueOf(member.version()));
    }

    Optional<UUID> organisation() {
        return uuidOf(organisationId);
    }

    /** The identifier typed or chosen, or empty when blank or not an identifier at all. */
    static Optional<UUID> uuidOf(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(typed.strip()));
        } catch (IllegalArgumentException tampered) {
            return Optional.empty();
        }
    }

    StaffDetails details(UUID organisation, LocalDate from, @Nullable LocalDate to) {
        return new StaffDetails(
                strip(givenName),
                strip(familyName),
                strip(jobRole),
                organisation,
                tidy(email),
                tidy(professionalBody),
                tidy(registrationNumber),
                from,
                to);
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
