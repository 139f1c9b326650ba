package org.onedoor.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal of a signed-in person: an account, the authorities (roles and privileges) it held at
 * sign-in, and the account's session generation then ({@link AccountSessions}). It is serialisable, so it can live
 * in a session kept in the database.
 */
final class SignedInUser implements UserDetails {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final int sessionGeneration;

    SignedInUser(CurrentUser user, String passwordHash, boolean enabled, int sessionGeneration) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.sessionGeneration = sessionGeneration;
    }

    CurrentUser user() {
        return user;
    }

    /** The same principal without the password hash, which has no business in a session. */
    SignedInUser withoutPasswordHash() {
        return new SignedInUser(user, "", enabled, sessionGeneration);
    }

    int sessionGeneration() {
        return sessionGeneration;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.authorityNames().stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
