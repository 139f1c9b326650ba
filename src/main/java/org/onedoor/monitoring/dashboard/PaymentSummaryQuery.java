package org.onedoor.monitoring.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads contract's {@code report_payment_summary} view (never contract's tables): one query per page. */
@Component
class PaymentSummaryQuery {

    /** A contract that has at least one statement, for the filter's list. */
    record ContractChoice(UUID id, String reference, String name) {}

    private record Row(
            UUID contract,
            String reference,
            LocalDate month,
            String status,
            BigDecimal total,
            String kind,
            BigDecimal amount) {}

    private final JdbcClient jdbc;

    PaymentSummaryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContractChoice> contracts() {
        return jdbc.sql("""
                select distinct contract_id, contract_reference, contract_name
                  from report_payment_summary
                 order by contract_reference
                """)
                .query((rs, n) -> new ContractChoice(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Each contract's statements paid in the months {@code from..to}, by contract and month. */
    List<PaymentMonth> months(YearMonth from, YearMonth to, @Nullable UUID contract) {
        String oneContract = contract == null ? "" : " and contract_id = :contract";
        var statement = jdbc.sql("""
                select contract_id, contract_reference, pay_month, statement_status, statement_total, rule_kind, amount
                  from report_payment_summary
                 where pay_month between :from and :to
                """ + oneContract + " order by contract_reference, pay_month, rule_kind")
                .param("from", from.atDay(1))
                .param("to", to.atDay(1));
        if (contract != null) {
            statement = statement.param("contract", contract);
        }
        List<Row> rows = statement
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getString(6),
                        rs.getBigDecimal(7)))
                .list();
        List<PaymentMonth> months = new ArrayList<>();
        Map<String, BigDecimal> kinds = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            kinds.put(row.kind(), row.amount());
            boolean last = i == rows.size() - 1
                    || !rows.get(i + 1).contract().equals(row.contract())
                    || !rows.get(i + 1).month().equals(row.month());
            if (last) {
                months.add(new PaymentMonth(
                        row.reference(), YearMonth.from(row.month()), row.status(), kinds, row.total()));
                kinds = new LinkedHashMap<>();
            }
        }
        return months;
    }
}
