package org.onedoor.demo;

import static org.onedoor.partnership.OrganisationType.*;

import java.util.Set;
import java.util.UUID;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.StaffDetails;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * About forty staff across every role, each with a sign-in: the printed demo accounts, then recovery workers at the
 * lead provider and partners, and primary health care teams (GPs, practice nurses, reception) at some practices.
 */
@Component
class StaffStep implements DemoStep {

    private static final String[][] TEAM = {
        {"Recovery worker", "RECOVERY_WORKER", "LEAD_PROVIDER"},
        {"Recovery worker", "RECOVERY_WORKER", "LEAD_PROVIDER"},
        {"Recovery worker", "RECOVERY_WORKER", "LEAD_PROVIDER"},
        {"Recovery worker", "RECOVERY_WORKER", "LEAD_PROVIDER"},
        {"Non-medical prescriber (nurse)", "PRESCRIBER", "LEAD_PROVIDER"},
        {"Single point of contact worker", "SPOC_WORKER", "LEAD_PROVIDER"},
        {"Single point of contact worker", "SPOC_WORKER", "LEAD_PROVIDER"},
        {"Team manager", "TEAM_MANAGER", "LEAD_PROVIDER"},
        {"Harm reduction worker", "RECOVERY_WORKER", "PARTNER_PROVIDER:0"},
        {"Harm reduction worker", "RECOVERY_WORKER", "PARTNER_PROVIDER:0"},
        {"Family and carer support worker", "RECOVERY_WORKER", "PARTNER_PROVIDER:1"},
        {"Family and carer support worker", "RECOVERY_WORKER", "PARTNER_PROVIDER:1"},
        {"Peer mentor coordinator", "RECOVERY_WORKER", "PARTNER_PROVIDER:2"},
        {"Team manager", "TEAM_MANAGER", "PARTNER_PROVIDER:2"},
        {"Commissioning manager", "COMMISSIONER", "ICB_COMMISSIONER"},
        {"Public health analyst", "COMMISSIONER", "COUNCIL_COMMISSIONER"},
    };
    private static final String[] PRACTICE_TEAM = {"GP partner", "Practice nurse", "Practice manager", "Receptionist"};
    private static final int PRACTICES_WITH_TEAMS = 4;

    private final Directory directory;
    private final UserAccounts accounts;

    StaffStep(Directory directory, UserAccounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "Staff and sign-ins";
    }

    @Override
    public long size(DemoSettings settings) {
        return DemoAccount.PRINTED.size() + TEAM.length + (long) PRACTICE_TEAM.length * PRACTICES_WITH_TEAMS;
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        for (DemoAccount account : DemoAccount.PRINTED) {
            UUID organisation = context.first(account.organisationType()).id();
            join(
                    context,
                    account.username(),
                    account.givenName(),
                    account.familyName(),
                    account.jobRole(),
                    organisation,
                    account.role(),
                    account.professionalBody(),
                    account.registrationNumber());
            progress.step();
        }
        for (String[] member : TEAM) {
            String[] where = member[2].split(":");
            UUID organisation = context.all(org.onedoor.partnership.OrganisationType.valueOf(where[0]))
                    .get(where.length > 1 ? Integer.parseInt(where[1]) : 0)
                    .id();
            person(context, member[0], organisation, Role.valueOf(member[1]));
            progress.step();
        }
        for (int p = 1; p <= PRACTICES_WITH_TEAMS; p++) {
            UUID practice = context.all(GP_PRACTICE)
                    .get(p % context.all(GP_PRACTICE).size())
                    .id();
            for (String job : PRACTICE_TEAM) {
                person(context, job, practice, Role.PRACTICE_USER);
                progress.step();
            }
        }
    }

    private void person(DemoContext context, String job, UUID organisation, Role role) {
        String given = DemoNames.pick(context.random, DemoNames.GIVEN);
        String family = DemoNames.pick(context.random, DemoNames.FAMILY);
        String username = (given + "." + family).toLowerCase().replaceAll("[^a-z.]", "");
        for (int n = 2; accounts.exists(username); n++) {
            username = (given + "." + family).toLowerCase().replaceAll("[^a-z.]", "") + n;
        }
        boolean prescriber = role == Role.PRESCRIBER || job.equals("GP partner") || job.equals("Practice nurse");
        String body = !prescriber ? null : job.contains("nurse") ? "NMC" : "GMC";
        String number = body == null
                ? null
                : body.equals("GMC")
                        ? String.valueOf(7100000 + context.random.nextInt(99999))
                        : String.format("%02dA%04dE", context.random.nextInt(99), context.random.nextInt(9999));
        join(context, username, given, family, job, organisation, role, body, number);
    }

    private void join(
            DemoContext context,
            String username,
            String given,
            String family,
            String job,
            UUID organisation,
            Role role,
            String body,
            String number) {
        UUID staffId = directory.registerStaff(new StaffDetails(
                given,
                family,
                job,
                organisation,
                username + "@northvale.example",
                body,
                number,
                context.contractStart(),
                null));
        context.staff.add(new DemoContext.DemoStaff(username, given + " " + family, organisation, role));
        accounts.open(new NewUserAccount(
                username, given + " " + family, context.settings.password(), organisation, staffId, Set.of(role)));
    }
}
