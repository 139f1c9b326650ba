package org.onedoor.demo;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.onedoor.monitoring.DrugAlerting;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.UserAccountSummary;
import org.onedoor.security.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * A few staff reports of unusual drug effects (issue 18 item 5), reported by the demo recovery worker, and one alert
 * the clinical lead issued from the first, so every home page shows an alert to acknowledge at first start.
 */
@Component
class DrugAlertsStep implements DemoStep {

    private final DrugAlerting alerting;
    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;

    DrugAlertsStep(DrugAlerting alerting, UserAccounts accounts, CurrentUsers currentUsers) {
        this.alerting = alerting;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String name() {
        return "Drug-effect reports and alerts";
    }

    @Override
    public long size(DemoSettings settings) {
        return 4;
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        UUID first = as(
                DemoAccount.RECOVERY,
                () -> alerting.report(
                        "Cocaine (sold as ‘pink’)",
                        "Three clients in a week described sudden agitation, overheating and violent outbursts within minutes "
                                + "of using; one was taken to A&E and sedated.",
                        "Northvale town centre",
                        context.today.minusDays(6),
                        "SEVERE"));
        progress.step();
        as(
                DemoAccount.RECOVERY,
                () -> alerting.report(
                        "Nitrous oxide",
                        "Client reports numbness and weakness in both legs after months of daily use of large canisters.",
                        null,
                        context.today.minusDays(3),
                        "MODERATE"));
        progress.step();
        as(
                DemoAccount.PARTNER,
                () -> alerting.report(
                        "Heroin",
                        "Unusually deep sedation needing two doses of naloxone; possible nitazene contamination.",
                        "Riverside hostel",
                        context.today.minusDays(1),
                        "LIFE_THREATENING"));
        progress.step();
        as(
                "clinicallead",
                () -> alerting.issue(
                        first,
                        "Violent reactions to cocaine sold as ‘pink’",
                        "Staff have seen sudden agitation, overheating and violence within minutes of using cocaine sold as "
                                + "‘pink’ in Northvale town centre. Ask clients about it, advise them not to use alone and "
                                + "to start with a small amount, and call 999 for chest pain, overheating or confusion.",
                        "URGENT"));
        progress.step();
    }

    private <T> T as(String username, Supplier<T> work) {
        UserAccountSummary account = accounts.find(username).orElseThrow();
        CurrentUser user = new CurrentUser(
                account.id(),
                account.username(),
                account.displayName(),
                account.organisationId(),
                Set.copyOf(account.roles()));
        return currentUsers.actingAs(user, work);
    }
}
