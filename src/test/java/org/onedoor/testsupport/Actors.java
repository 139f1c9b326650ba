package org.onedoor.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import java.util.UUID;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** People for MockMvc requests: a real {@link CurrentUser} principal with the authorities its roles grant. */
public final class Actors {

    private Actors() {}

    public static CurrentUser person(Role role, UUID organisationId) {
        String name =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
        return new CurrentUser(UUID.randomUUID(), name, "Test " + role.label(), organisationId, Set.of(role));
    }

    public static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.authorityNames().stream().map(SimpleGrantedAuthority::new).toList()));
    }
}
