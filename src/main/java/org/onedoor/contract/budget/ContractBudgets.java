package org.onedoor.contract.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.evidence.EvidenceReader;
import org.onedoor.contract.evidence.EvidenceSnapshot;
import org.onedoor.contract.evidence.EvidenceSnapshots;
import org.onedoor.contract.evidence.OpenWindow;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.runs.PaymentRuns;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.runs.StatementStatus;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.ContractVersion;
import org.onedoor.contract.store.Contracts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's budget from what is stored: the current version's rules and funding, the approved statements of the
 * payment runs (what the reserve funded worked out by SQL over their lines and snapshots), and the outcome windows
 * open in the evidence snapshot of the contract's latest run, counted by SQL. Reading a budget takes no snapshot and
 * stores nothing: it is as fresh as the latest run.
 */
@Service
@Transactional(readOnly = true)
public class ContractBudgets {

    private final Contracts contracts;
    private final PaymentRuns runs;
    private final EvidenceSnapshots snapshots;
    private final EvidenceReader evidence;
    private final Clock clock;

    ContractBudgets(
            Contracts contracts, PaymentRuns runs, EvidenceSnapshots snapshots, EvidenceReader evidence, Clock clock) {
        this.contracts = contracts;
        this.runs = runs;
        this.snapshots = snapshots;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** The financial years of the contract's term, in order. */
    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    public List<FinancialYear> years(UUID contractId) {
        ContractSummary contract = contracts.find(contractId);
        List<FinancialYear> years = new ArrayList<>();
        for (int year = FinancialYear.of(contract.termStart()).startYear();
                year <= FinancialYear.of(contract.termEnd()).startYear();
                year++) {
            years.add(new FinancialYear(year));
        }
        return years;
    }

    /** The financial year today falls in, or the term's first or last when today is outside the term. */
    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    public FinancialYear currentYear(UUID contractId) {
        List<FinancialYear> years = years(contractId);
        int today = FinancialYear.of(LocalDate.now(clock)).startYear();
        int first = years.get(0).startYear();
        int last = years.get(years.size() - 1).startYear();
        return new FinancialYear(Math.max(first, Math.min(last, today)));
    }

    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    public BudgetReport year(UUID contractId, FinancialYear year) {
        List<ContractVersion> versions = contracts.versions(contractId);
        ContractRules rules = versions.get(versions.size() - 1).document().rules();
        List<Statement> statements = runs.statements(contractId);
        Map<YearMonth, BigDecimal> fromReserve = runs.paidForEarlierYears(contractId, outcomeRules(versions));
        List<PaidStatement> paid = statements.stream()
                .filter(s -> s.status() == StatementStatus.APPROVED)
                .map(s -> new PaidStatement(
                        s.month(),
                        s.total().setScale(2),
                        fromReserve.getOrDefault(s.month(), BigDecimal.ZERO.setScale(2))))
                .toList();
        @Nullable EvidenceSnapshot snapshot = null;
        @Nullable LocalDate asOf = null;
        List<OpenWindow> open = List.of();
        EvidenceOptions options = versions.get(versions.size() - 1).document().evidence();
        if (!statements.isEmpty()) {
            Statement latest = statements.get(statements.size() - 1);
            options =
                    contracts.versionFor(contractId, latest.month()).document().evidence();
            snapshot = snapshots.find(latest.snapshotId().value()).orElseThrow();
            LocalDate yearEnd = year.last().atEndOfMonth();
            asOf = snapshot.asOf().isAfter(yearEnd) ? yearEnd : snapshot.asOf();
            open = evidence.openWindows(snapshot.id(), asOf, options);
        }
        YearBudget budget = Budgets.year(rules, paid, open, year, options.rePresentationWindow());
        return new BudgetReport(
                budget, years(contractId), months(year, statements), snapshot, asOf, options.rePresentationWindow());
    }

    private static List<BudgetMonth> months(FinancialYear year, List<Statement> statements) {
        Map<YearMonth, Statement> byMonth =
                statements.stream().collect(Collectors.toMap(Statement::month, Function.identity()));
        return year.months().stream()
                .map(month -> {
                    Statement s = byMonth.get(month);
                    if (s == null) {
                        return new BudgetMonth(month, BudgetMonth.State.NOT_RUN, null, null);
                    }
                    return new BudgetMonth(
                            month,
                            s.status() == StatementStatus.APPROVED
                                    ? BudgetMonth.State.APPROVED
                                    : BudgetMonth.State.DRAFT,
                            s.id().value(),
                            s.total().setScale(2));
                })
                .toList();
    }

    /** The outcome rules' names in every version: their lines are the ones a reserve can fund. */
    private static Set<String> outcomeRules(List<ContractVersion> versions) {
        Set<String> names = new TreeSet<>();
        versions.forEach(v -> v.document().rules().rules().stream()
                .filter(PaymentByOutcomes.class::isInstance)
                .forEach(rule -> names.add(rule.name())));
        return names;
    }
}
