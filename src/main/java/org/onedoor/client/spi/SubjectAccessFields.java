package org.onedoor.client.spi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DisplayDate;

/**
 * Builds one {@link SubjectAccessItem} from a row: labelled values in order, empty ones left out, days and times
 * written as people read them. For the sections modules contribute.
 */
public final class SubjectAccessFields {

    private final ResultSet row;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private SubjectAccessFields(ResultSet row) {
        this.row = row;
    }

    public static SubjectAccessFields of(ResultSet row) {
        return new SubjectAccessFields(row);
    }

    /** The column's text under the label, unless empty. */
    public SubjectAccessFields text(String label, String column) throws SQLException {
        return put(label, row.getString(column));
    }

    /** The column's day ("3 May 2026") under the label, unless empty. */
    public SubjectAccessFields day(String label, String column) throws SQLException {
        return put(label, day(row, column));
    }

    /** The column's local date and time ("3 May 2026 at 14:30") under the label, unless empty. */
    public SubjectAccessFields moment(String label, String column) throws SQLException {
        return put(label, moment(row, column));
    }

    /** The value under the label, unless empty. */
    public SubjectAccessFields put(String label, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            fields.put(label, value.toString());
        }
        return this;
    }

    /** "Voided as made in error" with the reason, when the row's {@code voided_at} is set. */
    public SubjectAccessFields voided() throws SQLException {
        return put("Voided as made in error", row.getObject("voided_at") == null ? null : row.getString("void_reason"));
    }

    public SubjectAccessItem item(String heading) {
        return new SubjectAccessItem(heading, fields);
    }

    /** The column's local date and time as people read it, or null. */
    public static @Nullable String moment(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        LocalDateTime local = at == null ? null : at.toLocalDateTime();
        return local == null ? null : DisplayDate.DAY_AND_TIME.format(local);
    }

    /** The column's day as people read it, or null. */
    public static @Nullable String day(ResultSet row, String column) throws SQLException {
        LocalDate day = row.getObject(column, LocalDate.class);
        return day == null ? null : DisplayDate.DAY.format(day);
    }
}
