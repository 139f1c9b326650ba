package org.onedoor.referral;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a just-received referral with one insert, plus one per risk. The API's hot path: saving the new aggregate
 * through Spring Data JDBC's reflective mapping took about a third of each request (docs/performance.md). Later
 * changes go through the aggregate and {@link Referrals} as usual.
 */
@Component
class ReferralWriter {

    private final JdbcClient jdbc;

    ReferralWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertNew(Referral referral) {
        Map<String, Object> row = referral.newRow();
        String sql = "insert into referral (" + String.join(", ", row.keySet()) + ") values ("
                + row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ")";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Map.Entry<String, Object> column : row.entrySet()) {
            statement = statement.param(column.getKey(), column.getValue());
        }
        statement.update();
        for (Risk risk : referral.riskSet()) {
            jdbc.sql("insert into referral_risk (referral_id, risk) values (?, ?)")
                    .params(referral.id(), risk.name())
                    .update();
        }
    }
}
