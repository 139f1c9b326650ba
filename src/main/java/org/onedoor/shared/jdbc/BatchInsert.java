package org.onedoor.shared.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk imports' one way to write rows of positional values in batches: a null is bound as an untyped null (so
 * H2 and PostgreSQL both accept it for any column), an {@link Instant} through {@link DbTime#toDb}, and other values
 * as themselves.
 */
public final class BatchInsert {

    private BatchInsert() {}

    /** Runs the statement once per row, {@code batchSize} rows to a round trip; nothing when there are no rows. */
    public static void run(JdbcTemplate jdbc, String sql, List<Object[]> rows, int batchSize) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, batchSize, BatchInsert::bind);
        }
    }

    /** Runs the statement once per row, all rows in one batch. */
    public static void run(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        run(jdbc, sql, rows, Math.max(1, rows.size()));
    }

    static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.OTHER);
            } else if (value instanceof Instant instant) {
                statement.setObject(index, DbTime.toDb(instant));
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else {
                statement.setObject(index, Objects.requireNonNull(value));
            }
        }
    }
}
