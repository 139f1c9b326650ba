package org.onedoor.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.jdbc.DbTime;

/** One consent decision as recorded: who took it, how, with or without a capacity assessment, and when to review. */
public record ConsentEntry(
        UUID id,
        ConsentPurpose purpose,
        ConsentDecision decision,
        LocalDate decidedOn,
        ConsentMethod method,
        boolean capacityAssessed,
        @Nullable LocalDate reviewOn,
        @Nullable String recipient,
        @Nullable String notes,
        Instant recordedAt,
        String recordedBy,
        boolean inForce) {

    /** A {@code client_consent} row with its {@code in_force} flag, by column name: the record and the export. */
    public static ConsentEntry read(ResultSet rs) throws SQLException {
        return new ConsentEntry(
                rs.getObject("id", UUID.class),
                ConsentPurpose.valueOf(rs.getString("purpose")),
                ConsentDecision.valueOf(rs.getString("decision")),
                rs.getObject("decided_on", LocalDate.class),
                ConsentMethod.valueOf(rs.getString("method")),
                rs.getBoolean("capacity_assessed"),
                rs.getObject("review_on", LocalDate.class),
                rs.getString("recipient"),
                rs.getString("notes"),
                DbTime.instant(rs, "recorded_at"),
                rs.getString("recorded_by"),
                rs.getBoolean("in_force"));
    }
}
