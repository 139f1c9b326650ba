package org.onedoor.monitoring.dashboard;

import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Decides a person's {@link Viewer} from the kind of organisation they work for. */
@Component
class Viewers {

    private final Directory directory;

    Viewers(Directory directory) {
        this.directory = directory;
    }

    Viewer of(CurrentUser user) {
        OrganisationSummary organisation = directory.organisation(user.organisationId());
        Viewer.Side side = organisation.type().isPractice()
                ? Viewer.Side.PRACTICE
                : organisation.type().isProvider() ? Viewer.Side.PROVIDER : Viewer.Side.PARTNERSHIP;
        return new Viewer(side, organisation.id(), organisation.name());
    }
}
