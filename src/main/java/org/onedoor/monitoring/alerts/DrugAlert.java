package org.onedoor.monitoring.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.jdbc.DbTime;

/** One drug alert: what staff read on their home page, who issued it, and whether it has been withdrawn. */
record DrugAlert(
        UUID id,
        @Nullable UUID reportId,
        String title,
        String body,
        AlertSeverity severity,
        Instant issuedAt,
        String issuedByName,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnBy,
        @Nullable String withdrawalReason,
        long acknowledgements) {

    static final String SELECT = """
            select a.id, a.report_id, a.title, a.body, a.severity, a.issued_at, a.issued_by_name, a.withdrawn_at,
                   a.withdrawn_by, a.withdrawal_reason,
                   (select count(*) from monitoring_drug_alert_ack k where k.alert_id = a.id) as acks
              from monitoring_drug_alert a
            """;

    static DrugAlert read(ResultSet rs, int row) throws SQLException {
        return new DrugAlert(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                AlertSeverity.valueOf(rs.getString(5)),
                DbTime.instant(rs, 6),
                rs.getString(7),
                DbTime.instantOrNull(rs, 8),
                rs.getString(9),
                rs.getString(10),
                rs.getLong(11));
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
