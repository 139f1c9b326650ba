package org.onedoor.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.PartnershipSummary;
import org.onedoor.security.CurrentUsers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * What the layout shows on every page: the partnership's name, the person signed in and their navigation. The layout
 * reads it from this bean ({@code ${@layout.user()}}) rather than from the model, so that pages drawn by exception
 * handlers (error pages, the client module's refusal page), which get no {@code @ModelAttribute}s, have the header
 * and navigation too.
 */
@Component("layout")
@ConditionalOnWebApplication
class LayoutModel {

    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final Navigation navigation;
    private final HttpServletRequest request;

    /** @param request the current request (a proxy Spring resolves per request) */
    LayoutModel(Directory directory, CurrentUsers currentUsers, Navigation navigation, HttpServletRequest request) {
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.navigation = navigation;
        this.request = request;
    }

    public String partnershipName() {
        return directory.partnership().map(PartnershipSummary::areaName).orElse("Drug and alcohol partnership");
    }

    public @Nullable LayoutUser user() {
        return currentUsers
                .find()
                .map(user -> {
                    OrganisationSummary organisation =
                            directory.findOrganisation(user.organisationId()).orElse(null);
                    String ods = organisation == null ? null : organisation.odsCode();
                    return new LayoutUser(
                            user.displayName(),
                            Navigation.rolesText(user),
                            organisation == null ? "" : organisation.name(),
                            navigation.itemsFor(user, ods),
                            currentPath());
                })
                .orElse(null);
    }

    /** The page's own address: for an error forwarded to /error, the address that failed. */
    private String currentPath() {
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri ? uri : request.getRequestURI();
    }

    record LayoutUser(
            String displayName,
            String roles,
            String organisationName,
            List<Navigation.NavigationItem> navigation,
            String currentPath) {

        /**
         * The one item whose address holds this page's, by whole path segments ("My caseload", /caseload, is not
         * current on "Team caseloads", /caseloads), the longest winning where two items hold it.
         */
        public boolean isCurrent(Navigation.NavigationItem item) {
            return holds(item)
                    && navigation.stream()
                            .noneMatch(
                                    other -> other.href().length() > item.href().length() && holds(other));
        }

        private boolean holds(Navigation.NavigationItem item) {
            return item.href().equals("/")
                    ? currentPath.equals("/")
                    : currentPath.equals(item.href()) || currentPath.startsWith(item.href() + "/");
        }
    }
}
