package org.onedoor.demo;

import java.util.List;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;

/**
 * A demo sign-in printed at start-up: one per role, so every screen can be tried, and a second recovery worker at a
 * partner provider, outside most care teams, to try a refused record and break-glass.
 */
record DemoAccount(
        String username,
        String givenName,
        String familyName,
        String jobRole,
        Role role,
        OrganisationType organisationType,
        String professionalBody,
        String registrationNumber) {

    static final String RECOVERY = "recovery";
    static final String PARTNER = "partner";

    static final List<DemoAccount> PRINTED = List.of(
            new DemoAccount(
                    "admin",
                    "Alex",
                    "Morgan",
                    "Systems administrator",
                    Role.ADMINISTRATOR,
                    OrganisationType.LEAD_PROVIDER,
                    null,
                    null),
            new DemoAccount(
                    "spoc",
                    "Sana",
                    "Iqbal",
                    "Single point of contact worker",
                    Role.SPOC_WORKER,
                    OrganisationType.LEAD_PROVIDER,
                    null,
                    null),
            new DemoAccount(
                    RECOVERY,
                    "Rob",
                    "Fletcher",
                    "Recovery worker",
                    Role.RECOVERY_WORKER,
                    OrganisationType.LEAD_PROVIDER,
                    null,
                    null),
            new DemoAccount(
                    "prescriber",
                    "Dr Priya",
                    "Shah",
                    "Specialist prescriber (GP with special interest)",
                    Role.PRESCRIBER,
                    OrganisationType.LEAD_PROVIDER,
                    "GMC",
                    "7012345"),
            new DemoAccount(
                    "manager",
                    "Maya",
                    "Clarke",
                    "Team manager",
                    Role.TEAM_MANAGER,
                    OrganisationType.LEAD_PROVIDER,
                    null,
                    null),
            new DemoAccount(
                    "clinicallead",
                    "Dr Nia",
                    "Owusu",
                    "Clinical lead (consultant addiction psychiatrist)",
                    Role.CLINICAL_LEAD,
                    OrganisationType.LEAD_PROVIDER,
                    "GMC",
                    "7054321"),
            new DemoAccount(
                    "practice",
                    "Dr Tom",
                    "Walker",
                    "GP partner and practice drug and alcohol lead",
                    Role.PRACTICE_USER,
                    OrganisationType.GP_PRACTICE,
                    "GMC",
                    "7098765"),
            new DemoAccount(
                    "commissioner",
                    "Chris",
                    "Evans",
                    "Public health commissioner",
                    Role.COMMISSIONER,
                    OrganisationType.COUNCIL_COMMISSIONER,
                    null,
                    null),
            new DemoAccount(
                    "dataofficer",
                    "Dana",
                    "Roberts",
                    "Performance and data officer",
                    Role.DATA_OFFICER,
                    OrganisationType.LEAD_PROVIDER,
                    null,
                    null),
            new DemoAccount(
                    "iglead",
                    "Imran",
                    "Hussain",
                    "Information governance lead and Caldicott guardian",
                    Role.IG_LEAD,
                    OrganisationType.LEAD_PROVIDER,
                    null,
                    null),
            new DemoAccount(
                    PARTNER,
                    "Jo",
                    "Bennett",
                    "Harm reduction worker",
                    Role.RECOVERY_WORKER,
                    OrganisationType.PARTNER_PROVIDER,
                    null,
                    null));

    /** The display name the account signs in with ("Rob Fletcher"). */
    String displayName() {
        return givenName + " " + familyName;
    }

    static DemoAccount named(String username) {
        return PRINTED.stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }
}
