package org.onedoor.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.NhsNumber;

/** One client in a search result. */
public record ClientSummary(
        UUID id,
        String reference,
        String name,
        @Nullable String preferredName,
        LocalDate dateOfBirth,
        @Nullable String nhsNumber,
        @Nullable String postcode,
        @Nullable String gpPracticeName) {

    /**
     * A row of the search and caseload lists: id, reference, name, preferred name, date of birth, NHS number, postcode
     * and practice, in that order.
     */
    static ClientSummary read(ResultSet rs) throws SQLException {
        return new ClientSummary(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }

    public @Nullable String nhsNumberFormatted() {
        return nhsNumber == null ? null : NhsNumber.format(nhsNumber);
    }
}
