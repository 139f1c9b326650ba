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
        @NotBlank(message = "{security.apiClient.name.required}")
        @Size(max = 96, message = "{security.apiClient.name.size}")
        String name,

        @NotNull(message = "{security.apiClient.organisationId.required}")
        UUID organisationId,

        @NotEmpty(message = "{security.privileges.noPrivilege}")
        Set<Privilege> privileges) {

    static NewApiClientForm empty() {
        return new NewApiClientForm("", null, EnumSet.noneOf(Privilege.class));
    }
}
