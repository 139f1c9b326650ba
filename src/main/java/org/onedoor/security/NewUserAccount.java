package org.onedoor.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What it takes to open a sign-in account. The password arrives in plain text and is hashed before storage. */
public record NewUserAccount(
        String username,
        String displayName,
        String password,
        UUID organisationId,
        @Nullable UUID staffMemberId,
        Set<Role> roles) {}
