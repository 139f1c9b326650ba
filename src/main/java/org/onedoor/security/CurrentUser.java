package org.onedoor.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The person acting: who they are, the organisation they act for and the roles they hold.
 *
 * @param organisationId the partnership organisation the user belongs to (a bare id: security sits below the
 *                       directory)
 */
public record CurrentUser(UUID userId, String username, String displayName, UUID organisationId, Set<Role> roles) {

    public boolean has(Privilege privilege) {
        return roles.stream().anyMatch(role -> role.privileges().contains(privilege));
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** The Spring Security authorities the user holds: {@code ROLE_…} for each role and each privilege's name. */
    public List<String> authorityNames() {
        return roles.stream()
                .flatMap(role -> Stream.concat(
                        Stream.of("ROLE_" + role.name()),
                        role.privileges().stream().map(Enum::name)))
                .distinct()
                .toList();
    }
}
