package org.onedoor.security;

import java.util.Set;
import java.util.stream.Collectors;

/** What an administrator changed about an account. */
public enum AccountChange {
    OPENED("Opened"),
    ROLES("Roles changed"),
    DISABLED("Disabled"),
    ENABLED("Enabled"),
    PASSWORD_CHANGED("Password changed by its holder"),
    PASSWORD_RESET("Password reset by an administrator");

    private final String label;

    AccountChange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static String names(Set<Role> roles) {
        return roles.isEmpty()
                ? "none"
                : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
