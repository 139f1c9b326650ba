package org.onedoor.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.onedoor.security.Privilege;

/** The administrator's form for issuing an API client credential to another system. */
record NewApiClientForm(
        @NotBlank(message = "Enter the name of the calling system")
        @Size(max = 96, message = "The name must be 96 characters or fewer")
        String name,

        @NotNull(message = "Select the organisation the system acts for")
        UUID organisationId,

        @NotEmpty(message = "Select at least one privilege") Set<Privilege> privileges) {

    static NewApiClientForm empty() {
        return new NewApiClientForm("", null, EnumSet.noneOf(Privilege.class));
    }
}
