package org.onedoor.security;

import java.util.Set;
import java.util.UUID;

/**
 * An administrator opened an account, changed its roles, or disabled or enabled it. Published in the administrator's
 * transaction, so the audit trail records it with who acted, or the change does not happen.
 *
 * @param rolesBefore the roles the account held before (the same as after for a change of status)
 */
public record UserAccountChanged(
        UUID accountId, String username, AccountChange change, Set<Role> rolesBefore, Set<Role> rolesAfter) {

    /** One line for the audit trail: what changed, from what to what. */
    public String describe() {
        return switch (change) {
            case OPENED -> "Account " + username + " opened with roles " + AccountChange.names(rolesAfter);
            case ROLES ->
                "Roles of " + username + " changed from " + AccountChange.names(rolesBefore) + " to "
                        + AccountChange.names(rolesAfter);
            case DISABLED -> "Account " + username + " disabled";
            case ENABLED -> "Account " + username + " enabled";
            case PASSWORD_CHANGED -> "Password of " + username + " changed by its holder";
            case PASSWORD_RESET -> "Password of " + username + " reset: to be changed at the next sign-in";
        };
    }
}
