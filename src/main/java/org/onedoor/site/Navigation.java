package org.onedoor.site;

import java.util.ArrayList;
import java.util.List;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Privilege;
import org.onedoor.security.Role;
import org.springframework.stereotype.Component;

/** The links each person sees in the header, decided by the privileges their roles grant. */
@Component
class Navigation {

    List<NavigationItem> itemsFor(CurrentUser user, String organisationOdsCode) {
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("Home", "/"));
        if (user.has(Privilege.REFERRAL_RECEIVE)) {
            items.add(new NavigationItem("Inbox", "/inbox"));
        }
        if (user.has(Privilege.REFERRAL_QUEUE_VIEW)) {
            items.add(new NavigationItem("Referral queue", "/referrals"));
        } else if (user.has(Privilege.REFERRAL_CREATE)) {
            items.add(new NavigationItem("Refer someone", "/referrals/new"));
        }
        if (user.has(Privilege.CLIENT_RECORD_VIEW) || user.has(Privilege.CLIENT_SUBJECT_ACCESS)) {
            items.add(new NavigationItem("Clients", "/clients"));
        }
        if (user.has(Privilege.TREATMENT_RECORD)) {
            items.add(new NavigationItem("My caseload", "/caseload"));
            if (user.holds(org.onedoor.security.Role.TEAM_MANAGER)) {
                items.add(new NavigationItem("Team caseloads", "/caseloads"));
            }
            items.add(new NavigationItem("Groups", "/groups"));
            items.add(new NavigationItem("Harm reduction", "/harm-reduction"));
            items.add(new NavigationItem("Family support", "/family-support"));
        }
        if (user.has(Privilege.PRACTICE_MENU_EDIT_OWN) && organisationOdsCode != null) {
            items.add(new NavigationItem("Our practice menu", "/practices/" + organisationOdsCode + "/menu"));
        }
        if (user.has(Privilege.PRACTICE_MENU_VIEW_ALL)) {
            items.add(new NavigationItem("Practice menus", "/practice-menus"));
        }
        if (user.has(Privilege.DIRECTORY_VIEW)) {
            items.add(new NavigationItem("Organisations", "/directory/organisations"));
            items.add(new NavigationItem("Staff", "/directory/staff"));
        }
        if (user.has(Privilege.DIRECTORY_MANAGE)) {
            items.add(new NavigationItem("Partnership", "/directory/partnership"));
        }
        if (user.has(Privilege.MONITORING_VIEW)) {
            items.add(new NavigationItem("Monitoring", "/monitoring"));
        }
        if (user.has(Privilege.CONTRACT_VIEW)) {
            items.add(new NavigationItem("Contracts", "/contracts"));
        }
        if (user.has(Privilege.NDTMS_IMPORT)) {
            items.add(new NavigationItem("NDTMS imports", "/ndtms/imports"));
        }
        if (user.has(Privilege.COHORT_OUTCOMES_VIEW)) {
            items.add(new NavigationItem("Outcomes", "/outcomes/cohorts"));
        }
        if (user.has(Privilege.DRUG_EFFECT_REVIEW)) {
            items.add(new NavigationItem("Drug alerts", "/monitoring/drug-effects"));
        }
        if (user.has(Privilege.SUBSTANCE_TRENDS_VIEW)) {
            items.add(new NavigationItem("Substance trends", "/monitoring/trends"));
        }
        if (user.has(Privilege.WAITING_TIMES_VIEW)) {
            items.add(new NavigationItem("Waiting times", "/monitoring/waiting-times"));
        }
        if (user.has(Privilege.NDTMS_EXTRACT)) {
            items.add(new NavigationItem("NDTMS extracts", "/ndtms/extracts"));
        }
        if (user.has(Privilege.CLIENT_ACCESS_REVIEW)) {
            items.add(new NavigationItem("Access reviews", "/ig/break-glass"));
            items.add(new NavigationItem("Account changes", "/ig/account-changes"));
        }
        if (user.has(Privilege.USER_MANAGE)) {
            items.add(new NavigationItem("User accounts", "/admin/users"));
            items.add(new NavigationItem("API clients", "/admin/api-clients"));
        }
        return items;
    }

    static String rolesText(CurrentUser user) {
        return String.join(", ", user.roles().stream().map(Role::label).toList());
    }

    record NavigationItem(String label, String href) {}
}
