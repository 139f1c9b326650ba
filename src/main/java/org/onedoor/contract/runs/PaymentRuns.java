package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onedoor.contract.evidence.EvidenceSnapshot;
import org.onedoor.contract.evidence.EvidenceSnapshots;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.ContractVersion;
import org.onedoor.contract.store.Contracts;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final RunChecks checks;
    private final RunLines lines;
    private final RunRows rows;
    private final RunWrites writes;
    private final Clock clock;
    private final CurrentUsers currentUsers;

    PaymentRuns(
            Contracts contracts,
            EvidenceSnapshots snapshots,
            RunChecks checks,
            RunLines lines,
            RunRows rows,
            RunWrites writes,
            Clock clock,
            CurrentUsers currentUsers) {
        this.contracts = contracts;
        this.snapshots = snapshots;
        this.checks = checks;
        this.lines = lines;
        this.rows = rows;
        this.writes = writes;
        this.clock = clock;
        this.currentUsers = currentUsers;
    }

    /** Runs a month over a new snapshot of the treatment recorded in OneDoor, as of the month's last day. */
    @PreAuthorize("hasAuthority('PAYMENT_RUN')")
    public Statement run(UUID contractId, YearMonth month) {
        ContractSummary contract = checks.runnable(contractId, month);
        EvidenceSnapshot snapshot =
                snapshots.takeFromRecords(month.atEndOfMonth(), "Payment run " + contract.reference() + " " + month);
        return compute(contract, month, snapshot);
    }

    /** Runs a month again over a snapshot already taken (the last run's, to check it, or an uploaded file's). */
    @PreAuthorize("hasAuthority('PAYMENT_RUN')")
    public Statement runFromSnapshot(UUID contractId, YearMonth month, UUID snapshotId) {
        ContractSummary contract = checks.runnable(contractId, month);
        EvidenceSnapshot snapshot =
                snapshots.find(snapshotId).orElseThrow(() -> new NotFound("Evidence snapshot", snapshotId));
        if (snapshot.asOf().isBefore(month.atEndOfMonth())) {
            throw new DomainRuleViolation(
                    "SNAPSHOT_TOO_EARLY",
                    "snapshot",
                    Messages.text(
                            "contract.run.snapshotTooEarly",
                            snapshot.description(),
                            snapshot.asOf(),
                            month,
                            month.atEndOfMonth()));
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
            throw RunChecks.alreadyApproved(approved, "approved again");
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
        return rows.ofContract(contractId).stream()
                .map(row -> row.with(List.of()))
                .toList();
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

    private Statement compute(ContractSummary contract, YearMonth month, EvidenceSnapshot snapshot) {
        ContractVersion version = contracts.versionFor(contract.id(), month);
        return store(contract, month, snapshot, version, lines.of(contract, month, snapshot, version, new HashMap<>()));
    }

    private Statement store(
            ContractSummary contract,
            YearMonth month,
            EvidenceSnapshot snapshot,
            ContractVersion version,
            List<PaymentLine> lines) {
        BigDecimal total = lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        OffsetDateTime now = now();
        try {
            Optional<StatementRow> existing = rows.find(contract.id(), month);
            UUID statement = existing.map(StatementRow::id)
                    .orElseGet(() -> writes.insertStatements(List.of(contract.id()), month, now, actor())
                            .get(0));
            int runNo = existing.map(StatementRow::runs).orElse(0) + 1;
            List<RunWrites.NewRun> run = List.of(new RunWrites.NewRun(
                    UUID.randomUUID(), statement, runNo, snapshot.id(), version.number(), lines, total));
            writes.insertRuns(run, now, actor());
            if (!writes.nextRuns(run).isEmpty()) {
                throw RunChecks.runMeanwhile(contract.reference(), month);
            }
            return statement(statement);
        } catch (DuplicateKeyException e) {
            throw RunChecks.runMeanwhile(contract.reference(), month);
        }
    }

    private OffsetDateTime now() {
        return DbTime.toDb(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private String actor() {
        return currentUsers.actorName();
    }
}
