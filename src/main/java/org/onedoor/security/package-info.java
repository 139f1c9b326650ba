/**
 * Who is signed in and what they may do: user accounts with hashed passwords, roles mapped to named privileges,
 * form sign-in with throttling and lock-out counted in the database, sessions that end when their account is disabled
 * or its roles change, the history of account changes (published as UserAccountChanged), and the HTTP security
 * headers. Other modules ask {@link
 * org.onedoor.security.CurrentUser} who is acting and guard their APIs with {@link org.onedoor.security.Privilege}s.
 */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {})
@NullMarked
package org.onedoor.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
