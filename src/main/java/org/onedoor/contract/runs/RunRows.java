package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.StatementLine;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL that reads payment runs, and approves a statement once ({@link RunWrites} inserts them). Statements are
 * re-run only while draft (a new run, the old kept); runs, lines and evidence are only ever inserted.
 */
@Component
class RunRows {

    private static final String CURRENT = """
              from contract_statement s
              join contract c on c.id = s.contract_id
              join contract_payment_run r on r.statement_id = s.id and r.run_no = s.run_count
            """;

    private final JdbcClient jdbc;

    RunRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StatementRow> find(UUID contract, YearMonth month) {
        return header(
                        "s.contract_id = :contract and s.pay_month = :month",
                        Map.of("contract", contract, "month", month.atDay(1)))
                .stream()
                .findFirst();
    }

    Optional<StatementRow> find(UUID statement) {
        return header("s.id = :id", Map.of("id", statement)).stream().findFirst();
    }

    /** The statements of these contracts for the month, by contract. */
    Map<UUID, StatementRow> find(List<UUID> contracts, YearMonth month) {
        Map<UUID, StatementRow> found = new HashMap<>();
        if (!contracts.isEmpty()) {
            header(
                            "s.pay_month = :month and s.contract_id in (:contracts)",
                            Map.of("month", month.atDay(1), "contracts", contracts))
                    .forEach(row -> found.put(row.contractId(), row));
        }
        return found;
    }

    List<StatementRow> ofContract(UUID contract) {
        return header("s.contract_id = :contract", Map.of("contract", contract));
    }

    /** Months from {@code from} with an approved statement, before {@code before} or (when later) after it. */
    List<YearMonth> approvedMonths(UUID contract, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                select pay_month from contract_statement
                 where contract_id = :contract and status = 'APPROVED' and pay_month >= :from and pay_month <= :to
                 order by pay_month
                """)
                .param("contract", contract)
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .query((rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class)))
                .list();
    }

    boolean approve(UUID statement, OffsetDateTime now, String actor) {
        return jdbc.sql("""
                update contract_statement set status = 'APPROVED', approved_at = :now, approved_by = :actor
                 where id = :id and status = 'DRAFT'
                """)
                        .param("id", statement)
                        .param("now", now)
                        .param("actor", actor)
                        .update()
                == 1;
    }

    /** The lines of a statement's last run, in line order. */
    List<PaymentLine> lines(UUID statement) {
        return lines("s.id = :id", Map.of("id", statement));
    }

    /** What approved statements paid for months {@code from} to {@code to}: their payments and adjustments. */
    List<PaymentLine> paidFor(UUID contract, YearMonth from, YearMonth to) {
        return lines(
                "s.contract_id = :contract and s.status = 'APPROVED' and l.for_month >= :from"
                        + " and l.for_month <= :to",
                Map.of("contract", contract, "from", from.atDay(1), "to", to.atDay(1)));
    }

    /**
     * Per approved month, what its outcome-rule payment lines paid for episodes (evidence keys: client, episode)
     * that the run's snapshot shows discharged in an earlier financial year than the month: one query.
     */
    Map<YearMonth, BigDecimal> paidForEarlierYears(UUID contract, Set<String> outcomeRules) {
        Map<YearMonth, BigDecimal> paid = new TreeMap<>();
        if (outcomeRules.isEmpty()) {
            return paid;
        }
        jdbc.sql("select s.pay_month, sum(l.amount)" + CURRENT + """
                  join contract_payment_line l on l.run_id = r.id
                  join contract_payment_line_evidence lc on lc.run_id = l.run_id and lc.line_no = l.line_no
                   and lc.seq = 1
                  join contract_payment_line_evidence le on le.run_id = l.run_id and le.line_no = l.line_no
                   and le.seq = 2
                 where s.contract_id = :contract and s.status = 'APPROVED' and l.kind = 'PAYMENT'
                   and l.rule in (:rules)
                   and exists (select 1 from contract_evidence_intervention i
                                where i.snapshot_id = r.snapshot_id and i.client_key = lc.evidence_key
                                  and i.episode_key = le.evidence_key and i.discharged_on is not null
                                  and extract(year from i.discharged_on)
                                      - case when extract(month from i.discharged_on) < 4 then 1 else 0 end
                                    < extract(year from s.pay_month)
                                      - case when extract(month from s.pay_month) < 4 then 1 else 0 end)
                 group by s.pay_month
                """)
                .param("contract", contract)
                .param("rules", List.copyOf(outcomeRules))
                .query(rs -> {
                    paid.put(
                            YearMonth.from(rs.getObject(1, LocalDate.class)),
                            rs.getBigDecimal(2).setScale(2));
                });
        return paid;
    }

    private List<PaymentLine> lines(String where, Map<String, Object> params) {
        Map<String, List<String>> evidence = new HashMap<>();
        jdbc.sql("select l.run_id, l.line_no, e.evidence_key" + CURRENT + """
                  join contract_payment_line l on l.run_id = r.id
                  join contract_payment_line_evidence e on e.run_id = l.run_id and e.line_no = l.line_no
                 where %s order by e.run_id, e.line_no, e.seq
                """.formatted(where))
                .params(params)
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2), key -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        return jdbc.sql("""
                select l.run_id, l.line_no, l.pay_month, l.for_month, l.kind, l.rule, l.description, l.quantity, l.rate,
                       l.amount, l.rate_text""" + CURRENT + """
                  join contract_payment_line l on l.run_id = r.id
                 where %s order by s.pay_month, l.line_no
                """.formatted(where))
                .params(params)
                .query((rs, n) -> new PaymentLine(
                        YearMonth.from(rs.getObject(3, LocalDate.class)),
                        YearMonth.from(rs.getObject(4, LocalDate.class)),
                        PaymentLine.Kind.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        rs.getBigDecimal(10),
                        evidence.getOrDefault(rs.getString(1) + "/" + rs.getInt(2), List.of()),
                        rateText(rs.getString(11), rs.getBigDecimal(9))))
                .list();
    }

    private static String rateText(@Nullable String stored, BigDecimal rate) {
        return stored != null ? stored : StatementLine.rateText(rate);
    }

    private List<StatementRow> header(String where, Map<String, Object> params) {
        return jdbc.sql("""
                select s.id, s.contract_id, c.reference, s.pay_month, s.status, s.total, s.run_count, r.snapshot_id,
                       r.contract_version, r.run_at, r.run_by, s.approved_by, s.approved_at""" + CURRENT + " where " + where + " order by s.pay_month")
                .params(params)
                .query(RunRows::row)
                .list();
    }

    private static StatementRow row(ResultSet rs, int n) throws SQLException {
        return new StatementRow(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                YearMonth.from(rs.getObject(4, LocalDate.class)),
                StatementStatus.valueOf(rs.getString(5)),
                rs.getBigDecimal(6),
                rs.getInt(7),
                rs.getObject(8, UUID.class),
                rs.getInt(9),
                DbTime.instant(rs, 10),
                rs.getString(11),
                rs.getString(12),
                DbTime.instantOrNull(rs, 13));
    }
}
