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
        @NotBlank(message = "{security.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,100}|", message = "{security.username.pattern}")
        String username,

        @NotBlank(message = "{security.displayName.required}")
        @Size(max = 200, message = "{security.displayName.size}")
        @PersonName
        String displayName,

        @NotNull(message = "{security.organisationId.required}")
        UUID organisationId,

        @NotEmpty(message = "{security.roles.noRole}") Set<Role> roles,

        @NotBlank(message = "{security.password.required}")
        @Size(min = 12, max = 200, message = "{security.password.size}")
        String password) {

    static NewAccountForm empty() {
        return new NewAccountForm("", "", null, EnumSet.noneOf(Role.class), "");
    }
}
