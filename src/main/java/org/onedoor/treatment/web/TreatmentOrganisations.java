package org.onedoor.treatment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.springframework.stereotype.Component;

/** The organisations that provide or deliver treatment, for pick lists: lead and partner providers, GP practices. */
@Component
class TreatmentOrganisations {

    private static final List<OrganisationType> DELIVERING =
            List.of(OrganisationType.LEAD_PROVIDER, OrganisationType.PARTNER_PROVIDER, OrganisationType.GP_PRACTICE);

    private final Directory directory;

    TreatmentOrganisations(Directory directory) {
        this.directory = directory;
    }

    Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        for (OrganisationType type : DELIVERING) {
            for (OrganisationSummary organisation : directory.activeOrganisations(type)) {
                options.put(organisation.id().toString(), organisation.name() + " (" + type.label() + ")");
            }
        }
        return options;
    }
}
