package org.onedoor.client;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.onedoor.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the client record protects itself.
 *
 * @param breakGlassDuration    how long a break-glass opening lasts
 * @param sealedRoles           for each sealed category, the roles that see entries sealed that way (others see that
 *                              something is sealed); a category left out is seen by team managers only
 * @param unusualViewsPerDay    IG report: a user viewing more distinct clients than this in a day is listed
 * @param acceptTestNhsNumbers  accept NHS numbers in the 999 test range (demo and tests only)
 */
@Validated
@ConfigurationProperties("onedoor.client")
public record ClientSettings(
        @DefaultValue("4h") Duration breakGlassDuration,
        @DefaultValue Map<SealedCategory, Set<Role>> sealedRoles,
        @DefaultValue("50") @Min(1) int unusualViewsPerDay,
        @DefaultValue("false") boolean acceptTestNhsNumbers) {

    static final Map<SealedCategory, Set<Role>> DEFAULT_SEALED_ROLES = Map.of(
            SealedCategory.BLOOD_BORNE_VIRUS, Set.of(Role.PRESCRIBER, Role.TEAM_MANAGER),
            SealedCategory.SAFEGUARDING, Set.of(Role.RECOVERY_WORKER, Role.TEAM_MANAGER),
            SealedCategory.SEXUAL_HEALTH, Set.of(Role.PRESCRIBER, Role.TEAM_MANAGER),
            SealedCategory.THIRD_PARTY, Set.of(Role.TEAM_MANAGER));

    /** The roles that see entries sealed as the given category. */
    Set<Role> rolesSeeing(SealedCategory category) {
        Set<Role> configured = sealedRoles.get(category);
        if (configured != null && !configured.isEmpty()) {
            return configured;
        }
        return DEFAULT_SEALED_ROLES.getOrDefault(category, Set.of(Role.TEAM_MANAGER));
    }
}
