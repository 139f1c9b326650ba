package org.onedoor.contract.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.contract.document.ContractDocumentReader;
import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the contract store. Versions and funding lines are only ever inserted. */
@Component
class ContractRows {

    private static final String SUMMARY = """
            select c.id, c.reference, c.name, c.lead_provider, c.term_start, c.term_end, c.status,
                   v.version_no, v.effective_from
              from contract c
              join contract_rule_version v on v.contract_id = c.id
               and v.version_no = (select max(version_no) from contract_rule_version where contract_id = c.id)
            """;

    private final JdbcClient jdbc;

    ContractRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, ContractHeader header, OffsetDateTime now, String actor) {
        jdbc.sql("""
                insert into contract (id, reference, name, lead_provider, term_start, term_end, status,
                       created_at, created_by, changed_at, changed_by, row_version)
                values (:id, :reference, :name, :leadProvider, :termStart, :termEnd, :status,
                       :now, :actor, :now, :actor, 0)
                """)
                .param("id", id)
                .param("reference", header.reference())
                .param("name", header.name())
                .param("leadProvider", header.leadProvider())
                .param("termStart", header.term().start())
                .param("termEnd", header.term().initialEnd())
                .param("status", header.status().name())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /** The header of a revised draft; false when someone else changed the contract first. */
    boolean updateHeader(UUID id, ContractHeader header, OffsetDateTime now, String actor) {
        return jdbc.sql("""
                update contract set name = :name, lead_provider = :leadProvider, term_start = :termStart,
                       term_end = :termEnd, changed_at = :now, changed_by = :actor, row_version = row_version + 1
                 where id = :id and status = 'DRAFT'
                """)
                        .param("id", id)
                        .param("name", header.name())
                        .param("leadProvider", header.leadProvider())
                        .param("termStart", header.term().start())
                        .param("termEnd", header.term().initialEnd())
                        .param("now", now)
                        .param("actor", actor)
                        .update()
                == 1;
    }

    /** Moves the lifecycle on; false when the contract was not in {@code from} any more. */
    boolean changeStatus(
            UUID id,
            ContractHeader.Status from,
            ContractHeader.Status to,
            LocalDate on,
            OffsetDateTime now,
            String actor) {
        return jdbc.sql("""
                update contract set status = :to, changed_at = :now, changed_by = :actor,
                       activated_at = case when :to = 'ACTIVE' then :now else activated_at end,
                       activated_by = case when :to = 'ACTIVE' then :actor else activated_by end,
                       ended_on = case when :to = 'ENDED' then :on else ended_on end,
                       ended_by = case when :to = 'ENDED' then :actor else ended_by end,
                       row_version = row_version + 1
                 where id = :id and status = :from
                """)
                        .param("id", id)
                        .param("from", from.name())
                        .param("to", to.name())
                        .param("on", on)
                        .param("now", now)
                        .param("actor", actor)
                        .update()
                == 1;
    }

    void insertVersion(
            UUID id,
            int number,
            YearMonth effectiveFrom,
            String yaml,
            ContractRules rules,
            String reason,
            OffsetDateTime now,
            String actor) {
        jdbc.sql("""
                insert into contract_rule_version (contract_id, version_no, effective_from, document_yaml,
                       rule_count, reason, created_at, created_by)
                values (:id, :number, :effectiveFrom, :yaml, :rules, :reason, :now, :actor)
                """)
                .param("id", id)
                .param("number", number)
                .param("effectiveFrom", effectiveFrom.atDay(1))
                .param("yaml", yaml)
                .param("rules", rules.rules().size())
                .param("reason", reason)
                .param("now", now)
                .param("actor", actor)
                .update();
        insertRuleKinds(id, number, rules);
        List<ContractRules.Funding> funding = rules.funding();
        for (int line = 0; line < funding.size(); line++) {
            jdbc.sql("""
                    insert into contract_funding (contract_id, version_no, line_no, stream, financial_year, amount)
                    values (:id, :number, :line, :stream, :year, :amount)
                    """)
                    .param("id", id)
                    .param("number", number)
                    .param("line", line + 1)
                    .param("stream", funding.get(line).stream())
                    .param("year", funding.get(line).year().startYear())
                    .param("amount", funding.get(line).amount())
                    .update();
        }
    }

    /** Each rule's kind, once per name, so report_payment_summary can group a statement's lines by kind. */
    private void insertRuleKinds(UUID id, int number, ContractRules rules) {
        Map<String, String> kinds = new LinkedHashMap<>();
        rules.rules().forEach(rule -> kinds.putIfAbsent(rule.name(), rule.kind()));
        kinds.forEach((rule, kind) -> jdbc.sql("""
                        insert into contract_version_rule (contract_id, version_no, rule, kind)
                        values (:id, :number, :rule, :kind)
                        """)
                .param("id", id)
                .param("number", number)
                .param("rule", rule)
                .param("kind", kind)
                .update());
    }

    Optional<ContractSummary> summary(UUID id) {
        return jdbc.sql(SUMMARY + " where c.id = :id")
                .param("id", id)
                .query(ContractRows::summary)
                .optional();
    }

    Optional<ContractSummary> summaryByReference(String reference) {
        return jdbc.sql(SUMMARY + " where c.reference = :reference")
                .param("reference", reference)
                .query(ContractRows::summary)
                .optional();
    }

    List<ContractSummary> summaries() {
        return jdbc.sql(SUMMARY + " order by c.status, c.reference")
                .query(ContractRows::summary)
                .list();
    }

    List<ContractVersion> versions(UUID id) {
        return jdbc.sql(VERSION + " where contract_id = :id order by version_no")
                .param("id", id)
                .query(ContractRows::version)
                .list();
    }

    /** The version in force for a month: the highest-numbered version effective by then. */
    Optional<ContractVersion> versionFor(UUID id, YearMonth month) {
        return jdbc.sql(VERSION + """
                 where contract_id = :id and version_no = (select max(version_no) from contract_rule_version
                        where contract_id = :id and effective_from <= :month)
                """)
                .param("id", id)
                .param("month", month.atDay(1))
                .query(ContractRows::version)
                .optional();
    }

    /** The last month with an approved payment statement, if any: rules cannot change under it. */
    Optional<YearMonth> lastApprovedMonth(UUID id) {
        return jdbc
                .sql("""
                select pay_month from contract_statement where contract_id = :id and status = 'APPROVED'
                 order by pay_month desc
                """)
                .param("id", id)
                .query((rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class)))
                .list()
                .stream()
                .findFirst();
    }

    private static final String VERSION = """
            select contract_id, version_no, effective_from, document_yaml, reason, created_at, created_by
              from contract_rule_version
            """;

    private static ContractSummary summary(ResultSet rs, int row) throws SQLException {
        return new ContractSummary(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                ContractHeader.Status.valueOf(rs.getString(7)),
                rs.getInt(8),
                YearMonth.from(rs.getObject(9, LocalDate.class)));
    }

    private static ContractVersion version(ResultSet rs, int row) throws SQLException {
        int number = rs.getInt(2);
        String yaml = rs.getString(4);
        return new ContractVersion(
                rs.getObject(1, UUID.class),
                number,
                YearMonth.from(rs.getObject(3, LocalDate.class)),
                ContractDocumentReader.read("version " + number, yaml),
                yaml,
                rs.getString(5),
                DbTime.instant(rs, 6),
                rs.getString(7));
    }
}
