package org.onedoor.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.onedoor.security.Role;
import org.onedoor.shared.PersonName;

/** The administrator's form for opening a sign-in account. */
record NewAccountForm(
        @NotBlank(message = "Enter a username")
        @Pattern(
                regexp = "[A-Za-z0-9._-]{3,100}|",
                message = "Use 3 to 100 letters, digits, dots, hyphens or underscores")
        String username,

        @NotBlank(message = "Enter the person's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        @PersonName
        String displayName,

        @NotNull(message = "Select the organisation the person works for")
        UUID organisationId,

        @NotEmpty(message = "Select at least one role") Set<Role> roles,

        @NotBlank(message = "Enter a first password")
        @Size(min = 12, max = 200, message = "The password must be 12 to 200 characters")
        String password) {

    static NewAccountForm empty() {
        return new NewAccountForm("", "", null, EnumSet.noneOf(Role.class), "");
    }
}
