package org.onedoor.treatment.prescribing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.springframework.stereotype.Component;

/** Finds prescribers in the directory; who may prescribe is a rule of {@link PrescribingCourse}. */
@Component
class Prescribers {

    private final Directory directory;

    Prescribers(Directory directory) {
        this.directory = directory;
    }

    /** The prescriber's organisation from the directory, or null when none is given or it is unknown. */
    @Nullable
    OrganisationSummary find(@Nullable UUID organisation) {
        return organisation == null
                ? null
                : directory.findOrganisation(organisation).orElse(null);
    }
}
