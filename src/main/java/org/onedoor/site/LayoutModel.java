package org.onedoor.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.PartnershipSummary;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;

/** Adds what the layout shows on every page: the partnership's name, the person signed in and their navigation. */
@ControllerAdvice
class LayoutModel {

    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final Navigation navigation;

    LayoutModel(Directory directory, CurrentUsers currentUsers, Navigation navigation) {
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.navigation = navigation;
    }

    @ModelAttribute("partnershipName")
    String partnershipName() {
        return directory.partnership().map(PartnershipSummary::areaName).orElse("Drug and alcohol partnership");
    }

    @ModelAttribute("layoutUser")
    LayoutUser layoutUser(HttpServletRequest request) {
        return currentUsers.find().map(user -> {
            OrganisationSummary organisation = directory.findOrganisation(user.organisationId()).orElse(null);
            String ods = organisation == null ? null : organisation.odsCode();
            return new LayoutUser(user.displayName(), Navigation.rolesText(user),
                    organisation == null ? "" : organisation.name(),
                    navigation.itemsFor(user, ods), request.getRequestURI());
        }).orElse(null);
    }

    record LayoutUser(String displayName, String roles, String organisationName,
                      List<Navigation.NavigationItem> navigation, String currentPath) {

        public boolean isCurrent(Navigation.NavigationItem item) {
            return item.href().equals("/") ? currentPath.equals("/") : currentPath.startsWith(item.href());
        }
    }
}
