package org.onedoor.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One line of the account-changes report: whose account, what changed, who changed it and when. */
public record UserAccountChangeEntry(
        UUID id,
        String username,
        AccountChange change,
        Set<Role> rolesBefore,
        Set<Role> rolesAfter,
        Instant changedAt,
        String changedBy) {

    /** The roles the change added. */
    public Set<Role> added() {
        java.util.EnumSet<Role> added =
                rolesAfter.isEmpty() ? java.util.EnumSet.noneOf(Role.class) : java.util.EnumSet.copyOf(rolesAfter);
        added.removeAll(rolesBefore);
        return added;
    }

    /** The roles the change took away. */
    public Set<Role> removed() {
        java.util.EnumSet<Role> removed =
                rolesBefore.isEmpty() ? java.util.EnumSet.noneOf(Role.class) : java.util.EnumSet.copyOf(rolesBefore);
        removed.removeAll(rolesAfter);
        return removed;
    }
}
