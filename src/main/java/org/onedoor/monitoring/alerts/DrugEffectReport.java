package org.onedoor.monitoring.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.jdbc.DbTime;

/**
 * One drug-effect report as a clinical lead reads it. The client, when linked, is shown by its current reference
 * only (client's {@code report_client_reference} view); opening the record is the client module's decision.
 */
record DrugEffectReport(
        UUID id,
        String substance,
        String whatHappened,
        @Nullable String place,
        LocalDate happenedOn,
        EffectSeverity severity,
        @Nullable UUID clientId,
        @Nullable String clientReference,
        String reporterName,
        String status,
        @Nullable String reviewNote,
        @Nullable String reviewedBy,
        @Nullable UUID alertId,
        Instant reportedAt) {

    static final String SELECT = """
            select r.id, r.substance, r.what_happened, r.place, r.happened_on, r.severity, c.current_client_id,
                   c.current_reference, r.reporter_name, r.status, r.review_note, r.reviewed_by, r.alert_id,
                   r.created_at
              from monitoring_drug_effect_report r
              left join report_client_reference c on c.client_id = r.client_id
            """;

    static DrugEffectReport read(ResultSet rs, int row) throws SQLException {
        return new DrugEffectReport(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                EffectSeverity.valueOf(rs.getString(6)),
                rs.getObject(7, UUID.class),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getObject(13, UUID.class),
                DbTime.instant(rs, 14));
    }

    public boolean open() {
        return "NEW".equals(status);
    }

    public String statusLabel() {
        return switch (status) {
            case "NEW" -> "New";
            case "ALERTED" -> "Alert issued";
            default -> "Closed";
        };
    }
}
