package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.evidence.EvidenceReader;
import org.onedoor.contract.evidence.EvidenceSnapshot;
import org.onedoor.contract.evidence.EvidenceSnapshots;
import org.onedoor.contract.evidence.SnapshotId;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.YearStatement;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.ContractVersion;
import org.onedoor.contract.store.Contracts;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month end of many contracts at once (a region's or the country's): one snapshot of the treatment recorded in
 * OneDoor for all of them, the evidence of the contracts that read it alike but for their agency codes read in one
 * pass grouped by contract ({@link EvidenceReader#readEach}), each contract's month computed as {@link PaymentRuns}
 * computes it (adjustments included), and every statement, run, line and evidence key stored in a few batches. All
 * or nothing: one contract that may not be run refuses the whole month end, naming it, and nothing is stored.
 */
@Service
@Transactional
public class MonthEnd {

    private final Contracts contracts;
    private final EvidenceSnapshots snapshots;
    private final EvidenceReader evidence;
    private final RunChecks checks;
    private final RunLines lines;
    private final RunRows rows;
    private final RunWrites writes;
    private final Clock clock;
    private final CurrentUsers currentUsers;

    MonthEnd(
            Contracts contracts,
            EvidenceSnapshots snapshots,
            EvidenceReader evidence,
            RunChecks checks,
            RunLines lines,
            RunRows rows,
            RunWrites writes,
            Clock clock,
            CurrentUsers currentUsers) {
        this.contracts = contracts;
        this.snapshots = snapshots;
        this.evidence = evidence;
        this.checks = checks;
        this.lines = lines;
        this.rows = rows;
        this.writes = writes;
        this.clock = clock;
        this.currentUsers = currentUsers;
    }

    /**
     * Runs the month for each contract over one new snapshot as of the month's last day: their statements, and how
     * long each part took.
     */
    @PreAuthorize("hasAuthority('PAYMENT_RUN')")
    public MonthEndRun run(List<UUID> contractIds, YearMonth month) {
        Set<UUID> ids = new LinkedHashSet<>(contractIds);
        if (ids.isEmpty()) {
            throw new DomainRuleViolation(
                    "NO_CONTRACTS", "contracts", Messages.text("contract.monthEnd.contracts.required"));
        }
        long started = System.nanoTime();
        List<ContractSummary> runnable =
                ids.stream().map(id -> checks.runnable(id, month)).toList();
        Map<UUID, ContractVersion> versions = new LinkedHashMap<>();
        runnable.forEach(c -> versions.put(c.id(), contracts.versionFor(c.id(), month)));
        EvidenceSnapshot snapshot = snapshots.takeFromRecords(
                month.atEndOfMonth(),
                "Month end " + month + " of " + ids.size() + (ids.size() == 1 ? " contract" : " contracts"));
        long taken = System.nanoTime();
        Map<UUID, ActivityEvidence> read = readTogether(snapshot, month, versions);
        long counted = System.nanoTime();
        Map<UUID, List<PaymentLine>> computed = new LinkedHashMap<>();
        for (ContractSummary contract : runnable) {
            ContractVersion version = versions.get(contract.id());
            Map<String, YearStatement> years = new HashMap<>();
            ActivityEvidence activity = read.get(contract.id());
            if (activity != null) {
                years.put(RunLines.key(version, month), lines.year(version, snapshot, activity, month));
            }
            computed.put(contract.id(), lines.of(contract, month, snapshot, version, years));
        }
        long computedAt = System.nanoTime();
        List<Statement> statements = store(runnable, month, snapshot, versions, computed);
        long stored = System.nanoTime();
        return new MonthEndRun(
                snapshot,
                statements,
                Duration.ofNanos(taken - started),
                Duration.ofNanos(counted - taken),
                Duration.ofNanos(computedAt - counted),
                Duration.ofNanos(stored - computedAt));
    }

    /**
     * The evidence of each contract that reads the snapshot alike but for its agency codes, in one pass per kind of
     * reading; a contract without agency codes is left out, to be read on its own.
     */
    private Map<UUID, ActivityEvidence> readTogether(
            EvidenceSnapshot snapshot, YearMonth month, Map<UUID, ContractVersion> versions) {
        Map<UUID, ActivityEvidence> read = new HashMap<>();
        Map<EvidenceOptions, List<ContractVersion>> alike = new LinkedHashMap<>();
        versions.values().stream()
                .filter(v -> !v.document().evidence().agencyCodes().isEmpty())
                .forEach(
                        v -> alike.computeIfAbsent(v.document().evidence().atAgencies(Set.of()), o -> new ArrayList<>())
                                .add(v));
        YearMonth april = FinancialYear.of(month).first();
        alike.forEach((options, group) -> {
            List<ActivityEvidence> each = evidence.readEach(
                    snapshot.id(),
                    options.readFrom(april),
                    month,
                    options,
                    group.stream()
                            .map(v -> v.document().evidence().agencyCodes())
                            .toList());
            for (int n = 0; n < group.size(); n++) {
                read.put(group.get(n).contractId(), each.get(n));
            }
        });
        return read;
    }

    private List<Statement> store(
            List<ContractSummary> runnable,
            YearMonth month,
            EvidenceSnapshot snapshot,
            Map<UUID, ContractVersion> versions,
            Map<UUID, List<PaymentLine>> computed) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime now = DbTime.toDb(at);
        String actor = currentUsers.actorName();
        List<UUID> ids = runnable.stream().map(ContractSummary::id).toList();
        try {
            Map<UUID, StatementRow> existing = rows.find(ids, month);
            List<UUID> fresh =
                    ids.stream().filter(id -> !existing.containsKey(id)).toList();
            Map<UUID, UUID> statementOf = new HashMap<>();
            List<UUID> inserted = writes.insertStatements(fresh, month, now, actor);
            for (int n = 0; n < fresh.size(); n++) {
                statementOf.put(fresh.get(n), inserted.get(n));
            }
            existing.forEach((contract, row) -> statementOf.put(contract, row.id()));
            List<RunWrites.NewRun> runs = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                List<PaymentLine> contractLines = computed.get(id);
                runs.add(new RunWrites.NewRun(
                        UUID.randomUUID(),
                        statementOf.get(id),
                        existing.containsKey(id) ? existing.get(id).runs() + 1 : 1,
                        snapshot.id(),
                        versions.get(id).number(),
                        contractLines,
                        total(contractLines)));
            }
            writes.insertRuns(runs, now, actor);
            List<RunWrites.NewRun> lost = writes.nextRuns(runs);
            if (!lost.isEmpty()) {
                throw RunChecks.runMeanwhile(referenceOf(runnable, runs, lost.get(0)), month);
            }
            List<Statement> statements = new ArrayList<>(ids.size());
            for (int n = 0; n < ids.size(); n++) {
                ContractSummary contract = runnable.get(n);
                RunWrites.NewRun run = runs.get(n);
                statements.add(new Statement(
                        new StatementId(run.statement()),
                        contract.id(),
                        contract.reference(),
                        month,
                        StatementStatus.DRAFT,
                        run.total(),
                        run.runNo(),
                        new SnapshotId(snapshot.id()),
                        run.version(),
                        at,
                        actor,
                        null,
                        null,
                        run.lines()));
            }
            return statements;
        } catch (DuplicateKeyException e) {
            throw new DomainRuleViolation(
                    "STATEMENT_CHANGED",
                    "month",
                    "Someone else ran " + month
                            + " for one of these contracts a moment ago: look at their statements first");
        }
    }

    private static BigDecimal total(List<PaymentLine> lines) {
        return lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static String referenceOf(
            List<ContractSummary> runnable, List<RunWrites.NewRun> runs, RunWrites.NewRun run) {
        return runnable.get(runs.indexOf(run)).reference();
    }
}
