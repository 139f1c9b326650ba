package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The writes of payment runs, one batch per table whether one contract's month is run or a month end's hundreds:
 * statements inserted as drafts, runs with their lines and the lines' evidence keys only ever inserted, and a
 * statement's run count moved on only while it is still the draft the run started from.
 */
@Component
class RunWrites {

    /** One run of a statement, to be stored. */
    record NewRun(
            UUID id, UUID statement, int runNo, UUID snapshot, int version, List<PaymentLine> lines, BigDecimal total) {

        NewRun {
            lines = List.copyOf(lines);
        }
    }

    private final JdbcTemplate jdbc;

    RunWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** New draft statements for the month, one per contract, in their order: their ids. */
    List<UUID> insertStatements(List<UUID> contracts, YearMonth month, OffsetDateTime now, String actor) {
        List<UUID> ids = new ArrayList<>(contracts.size());
        List<Object[]> rows = new ArrayList<>(contracts.size());
        for (UUID contract : contracts) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.add(new Object[] {id, contract, month.atDay(1), now, actor});
        }
        jdbc.batchUpdate("""
                insert into contract_statement (id, contract_id, pay_month, status, run_count, total, created_at,
                       created_by)
                values (?, ?, ?, 'DRAFT', 0, 0, ?, ?)
                """, rows);
        return ids;
    }

    /** The runs with their lines and evidence keys: three batches in all. */
    void insertRuns(List<NewRun> runs, OffsetDateTime now, String actor) {
        List<Object[]> runRows = new ArrayList<>(runs.size());
        List<Object[]> lineRows = new ArrayList<>();
        List<Object[]> evidenceRows = new ArrayList<>();
        for (NewRun run : runs) {
            runRows.add(new Object[] {
                run.id(),
                run.statement(),
                run.runNo(),
                run.snapshot(),
                run.version(),
                now,
                actor,
                run.lines().size(),
                run.total()
            });
            for (int i = 0; i < run.lines().size(); i++) {
                PaymentLine line = run.lines().get(i);
                lineRows.add(new Object[] {
                    run.id(),
                    i + 1,
                    line.month().atDay(1),
                    line.forMonth().atDay(1),
                    line.kind().name(),
                    line.rule(),
                    line.description(),
                    line.quantity(),
                    line.rate(),
                    line.amount(),
                    line.rateText()
                });
                for (int seq = 0; seq < line.evidence().size(); seq++) {
                    evidenceRows.add(new Object[] {
                        run.id(), i + 1, seq + 1, line.evidence().get(seq)
                    });
                }
            }
        }
        jdbc.batchUpdate("""
                insert into contract_payment_run (id, statement_id, run_no, snapshot_id, contract_version, run_at,
                       run_by, line_count, total)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, runRows);
        jdbc.batchUpdate("""
                insert into contract_payment_line (run_id, line_no, pay_month, for_month, kind, rule, description,
                       quantity, rate, amount, rate_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, lineRows);
        jdbc.batchUpdate("""
                insert into contract_payment_line_evidence (run_id, line_no, seq, evidence_key) values (?, ?, ?, ?)
                """, evidenceRows);
    }

    /**
     * Counts each run on its statement and sets the statement's total, only while the statement is the draft the
     * run started from: the runs whose statement had meanwhile been run or approved by someone else, in order.
     */
    List<NewRun> nextRuns(List<NewRun> runs) {
        List<Object[]> rows = new ArrayList<>(runs.size());
        for (NewRun run : runs) {
            rows.add(new Object[] {run.runNo(), run.total(), run.statement(), run.runNo() - 1});
        }
        int[] counts = jdbc.batchUpdate("""
                update contract_statement set run_count = ?, total = ?
                 where id = ? and status = 'DRAFT' and run_count = ?
                """, rows);
        List<NewRun> lost = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 1) {
                lost.add(runs.get(i));
            }
        }
        return lost;
    }
}
