package org.onedoor.monitoring.audience;

import java.util.EnumSet;
import java.util.Set;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Whether a person looks at figures from the provider side (issue 18, Roles): staff of the lead provider, partners
 * and GP practices. Everyone else, commissioners first, sees small numbers suppressed.
 */
@Component
public class ProviderSide {

    private static final Set<OrganisationType> PROVIDERS =
            EnumSet.of(OrganisationType.LEAD_PROVIDER, OrganisationType.PARTNER_PROVIDER, OrganisationType.GP_PRACTICE);

    private final Directory directory;

    ProviderSide(Directory directory) {
        this.directory = directory;
    }

    public boolean includes(CurrentUser user) {
        return directory
                .findOrganisation(user.organisationId())
                .map(organisation -> PROVIDERS.contains(organisation.type()))
                .orElse(false);
    }
}
