package org.onedoor.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.onedoor.contract.runs.PaymentRuns;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.Contracts;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccountSummary;
import org.onedoor.security.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * The partnership's contract, last, over the treatment the earlier steps recorded: a two-year contract from the
 * start of the previous financial year, stored, run and approved by the demo commissioner through the contract
 * module's APIs. Every ended month is run over a snapshot of the records; all but the latest statement are
 * approved, so the contract page, statements, budget (with last year's reserve) and what-if show real figures. The
 * rules change for the current year (a new version with that year's core and funding).
 */
@Component
class ContractStep implements DemoStep {

    private final Contracts contracts;
    private final PaymentRuns runs;
    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;

    ContractStep(Contracts contracts, PaymentRuns runs, UserAccounts accounts, CurrentUsers currentUsers) {
        this.contracts = contracts;
        this.runs = runs;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String name() {
        return "Contract and payment runs";
    }

    @Override
    public long size(DemoSettings settings) {
        return 24;
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        UserAccountSummary account =
                accounts.find(DemoAccount.named("commissioner").username()).orElseThrow();
        CurrentUser commissioner = new CurrentUser(
                account.id(),
                account.username(),
                account.displayName(),
                account.organisationId(),
                Set.of(Role.COMMISSIONER));
        currentUsers.actingAs(commissioner, () -> {
            store(context, progress);
            return null;
        });
    }

    private void store(DemoContext context, Progress progress) {
        YearMonth thisYear = YearMonth.of(
                context.today.getMonthValue() >= 4 ? context.today.getYear() : context.today.getYear() - 1, 4);
        YearMonth lastYear = thisYear.minusYears(1);
        YearMonth latest = YearMonth.from(context.today).minusMonths(1);
        int firstCore =
                DemoContract.core(DemoContract.averageClients(context.episodes, lastYear, thisYear.minusMonths(1)));
        int secondCore =
                DemoContract.core(DemoContract.averageClients(context.episodes, latest.minusMonths(11), latest));
        LocalDate start = lastYear.atDay(1);
        ContractSummary contract = contracts.importDocument(
                "demo-contract.yaml", DemoContract.document(context, start, firstCore, secondCore, false));
        for (YearMonth month = lastYear; !month.isAfter(latest); month = month.plusMonths(1)) {
            if (month.equals(thisYear)) {
                contracts.changeRules(
                        contract.id(),
                        "demo-contract-" + thisYear.getYear() + ".yaml",
                        DemoContract.document(context, start, firstCore, secondCore, true),
                        thisYear,
                        "Second year: core and funding set for " + thisYear.getYear() + " on last year's numbers");
            }
            Statement statement = runs.run(contract.id(), month);
            if (month.isBefore(latest)) {
                runs.approve(statement.id().value());
            }
            progress.step();
        }
    }
}
