package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.evidence.EvidenceReader;
import org.onedoor.contract.evidence.EvidenceSnapshot;
import org.onedoor.contract.evidence.EvidenceSnapshots;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PaymentCalculator;
import org.onedoor.contract.rules.YearStatement;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.ContractVersion;
import org.onedoor.contract.store.Contracts;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;

/**
 * The module API for monthly payment runs. A run takes an evidence snapshot as of the month's last day (or reuses
 * one when asked), computes the month with the contract version in force, adds adjustment lines for earlier
 * approved months of the financial year whose figures the new evidence changes, and stores the statement, the run
 * and its lines in one transaction. The same snapshot gives the same lines. Approval freezes a statement.
 */
@Service
@Transactional
public class PaymentRuns {

    private final Contracts contracts;
    private final EvidenceSnapshots snapshots;
    private final EvidenceReader evidence;
    private final RunRows rows;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final PaymentCalculator calculator = new PaymentCalculator();

    PaymentRuns(Contracts contracts, EvidenceSnapshots snapshots, EvidenceReader evidence, RunRows rows, Clock clock,
                CurrentUsers currentUsers) {
        this.contracts = contracts;
        this.snapshots = snapshots;
        this.evidence = evidence;
        this.rows = rows;
        this.clock = clock;
        this.currentUsers = currentUsers;
    }

    /** Runs a month over a new snapshot of the treatment recorded in OneDoor, as of the month's last day. */
    @PreAuthorize("hasAuthority('PAYMENT_RUN')")
    public Statement run(UUID contractId, YearMonth month) {
        ContractSummary contract = runnable(contractId, month);
        EvidenceSnapshot snapshot = snapshots.takeFromRecords(month.atEndOfMonth(),
                "Payment run " + contract.reference() + " " + month);
        return compute(contract, month, snapshot);
    }

    /** Runs a month again over a snapshot already taken (the last run's, to check it, or an uploaded file's). */
    @PreAuthorize("hasAuthority('PAYMENT_RUN')")
    public Statement runFromSnapshot(UUID contractId, YearMonth month, UUID snapshotId) {
        ContractSummary contract = runnable(contractId, month);
        EvidenceSnapshot snapshot = snapshots.find(snapshotId)
                .orElseThrow(() -> new NotFound("Evidence snapshot", snapshotId));
        if (snapshot.asOf().isBefore(month.atEndOfMonth())) {
            throw new DomainRuleViolation("SNAPSHOT_TOO_EARLY", "snapshot", "The snapshot \""
                    + snapshot.description() + "\" is as of " + snapshot.asOf() + ": a run for " + month
                    + " needs evidence to " + month.atEndOfMonth() + " at least");
        }
        return compute(contract, month, snapshot);
    }

    /** Approves a draft statement: what it says is paid, and it never changes again. */
    @PreAuthorize("hasAuthority('PAYMENT_APPROVE')")
    public Statement approve(UUID statementId) {
        StatementRow statement = rows.find(statementId).orElseThrow(() -> new NotFound("Statement", statementId));
        if (statement.status() != StatementStatus.APPROVED) {
            ApprovalOrder.check(statement, rows.ofContract(statement.contractId()));
        }
        if (statement.status() == StatementStatus.APPROVED || !rows.approve(statementId, now(), actor())) {
            StatementRow approved = rows.find(statementId).orElseThrow();
            throw alreadyApproved(approved, "approved again");
        }
        return statement(statementId);
    }

    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public Statement statement(UUID statementId) {
        StatementRow row = rows.find(statementId).orElseThrow(() -> new NotFound("Statement", statementId));
        return row.with(rows.lines(statementId));
    }

    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public Optional<Statement> statementFor(UUID contractId, YearMonth month) {
        return rows.find(contractId, month).map(row -> row.with(rows.lines(row.id())));
    }

    /** The contract's statements, month by month, without their lines. */
    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public List<Statement> statements(UUID contractId) {
        return rows.ofContract(contractId).stream().map(row -> row.with(List.of())).toList();
    }

    /**
     * Per approved month, the part of its total that stage-2 payments (lines of the named outcome rules) paid for
     * episodes discharged in an earlier financial year: what that year's reserve funds (11.7). Months without any
     * are left out.
     */
    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public Map<YearMonth, BigDecimal> paidForEarlierYears(UUID contractId, Set<String> outcomeRules) {
        return rows.paidForEarlierYears(contractId, outcomeRules);
    }

    private ContractSummary runnable(UUID contractId, YearMonth month) {
        ContractSummary contract = contracts.find(contractId);
        if (contract.status() == ContractHeader.Status.DRAFT) {
            throw new DomainRuleViolation("CONTRACT_NOT_ACTIVE", "contract", "Contract " + contract.reference()
                    + " is a draft: activate it before running its payments");
        }
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(month.atEndOfMonth())) {
            throw new DomainRuleViolation("MONTH_NOT_ENDED", "month", month + " has not ended (today is " + today
                    + "): run it from " + month.plusMonths(1).atDay(1));
        }
        if (month.isBefore(YearMonth.from(contract.termStart()))) {
            throw new DomainRuleViolation("MONTH_BEFORE_TERM", "month", "Contract " + contract.reference()
                    + " starts " + contract.termStart() + ": there is nothing to pay for " + month);
        }
        rows.find(contractId, month).filter(row -> row.status() == StatementStatus.APPROVED).ifPresent(row -> {
            throw alreadyApproved(row, "run again");
        });
        List<YearMonth> later = rows.approvedMonths(contractId, month.plusMonths(1), month.plusYears(50));
        if (!later.isEmpty()) {
            throw new DomainRuleViolation("LATER_MONTH_APPROVED", "month", "The statement for " + later.get(0)
                    + " is already approved, so " + month + " cannot be run after it: late figures for " + month
                    + " are paid as adjustments in the next run");
        }
        return contract;
    }

    private Statement compute(ContractSummary contract, YearMonth month, EvidenceSnapshot snapshot) {
        Map<String, YearStatement> years = new HashMap<>();
        ContractVersion version = contracts.versionFor(contract.id(), month);
        List<PaymentLine> lines = new ArrayList<>(yearOf(version, snapshot, month, years).linesIn(month)
                .stream().map(PaymentLine::payment).toList());
        // Late figures are trued up for the approved months of this financial year and the one before (A13).
        YearMonth since = FinancialYear.of(month).first().minusYears(1);
        YearMonth previous = month.minusMonths(1);
        List<PaymentLine> paid = rows.paidFor(contract.id(), since, previous);
        for (YearMonth earlier : rows.approvedMonths(contract.id(), since, previous)) {
            ContractVersion then = contracts.versionFor(contract.id(), earlier);
            YearMonth through = FinancialYear.of(earlier).equals(FinancialYear.of(month)) ? month
                    : FinancialYear.of(earlier).last();
            lines.addAll(Adjustments.of(month, earlier, yearOf(then, snapshot, through, years).linesIn(earlier),
                    paid.stream().filter(line -> line.forMonth().equals(earlier)).toList()));
        }
        return store(contract, month, snapshot, version, lines);
    }

    /** A year's lines to a month under one version, read once (versions may count evidence differently). */
    private YearStatement yearOf(ContractVersion version, EvidenceSnapshot snapshot, YearMonth to,
                                 Map<String, YearStatement> years) {
        return years.computeIfAbsent(version.number() + "/" + to, key -> {
            FinancialYear year = FinancialYear.of(to);
            var activity = evidence.read(snapshot.id(), version.document().evidence().readFrom(year.first()), to,
                    version.document().evidence());
            return calculator.year(version.document().rules(), activity, year);
        });
    }

    private Statement store(ContractSummary contract, YearMonth month, EvidenceSnapshot snapshot,
                            ContractVersion version, List<PaymentLine> lines) {
        BigDecimal total = lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        OffsetDateTime now = now();
        try {
            Optional<StatementRow> existing = rows.find(contract.id(), month);
            UUID statement = existing.map(StatementRow::id)
                    .orElseGet(() -> rows.insertStatement(contract.id(), month, now, actor()));
            int runNo = existing.map(StatementRow::runs).orElse(0) + 1;
            rows.insertRun(UUID.randomUUID(), statement, runNo, snapshot.id(), version.number(), now, actor(), lines,
                    total);
            if (!rows.nextRun(statement, runNo, total)) {
                throw runMeanwhile(contract, month);
            }
            return statement(statement);
        } catch (DuplicateKeyException e) {
            throw runMeanwhile(contract, month);
        }
    }

    private static DomainRuleViolation alreadyApproved(StatementRow row, String what) {
        return new DomainRuleViolation("STATEMENT_APPROVED", "status", "The statement for " + row.contractReference()
                + " " + row.month() + " was approved by " + row.approvedBy() + " on " + row.approvedAt()
                + " and cannot be " + what + ": an approved statement never changes (late figures are paid as"
                + " adjustments in a later month)");
    }

    private static DomainRuleViolation runMeanwhile(ContractSummary contract, YearMonth month) {
        return new DomainRuleViolation("STATEMENT_CHANGED", "month", "Someone else ran or approved " + month
                + " for " + contract.reference() + " a moment ago: look at that statement first");
    }

    private OffsetDateTime now() {
        return DbTime.toDb(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private String actor() {
        return currentUsers.actorName();
    }
}
