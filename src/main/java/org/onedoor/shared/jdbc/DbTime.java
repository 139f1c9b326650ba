package org.onedoor.shared.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The one place instants meet {@code timestamp with time zone} columns. Written as an {@link OffsetDateTime} in UTC
 * (a bare {@link Instant} is not bound the same way by every driver, and a zone-less timestamp would shift with the
 * server's zone); read back through {@link OffsetDateTime}, which H2 and PostgreSQL both return.
 */
public final class DbTime {

    private DbTime() {}

    /** The value to bind for an instant. */
    public static OffsetDateTime toDb(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The value to bind for an optional instant: null stays null. */
    public static @Nullable OffsetDateTime toDbOrNull(@Nullable Instant instant) {
        return instant == null ? null : toDb(instant);
    }

    /** The value to bind for "now", from the injected clock: a recorded-at or changed-at stamp. */
    public static OffsetDateTime now(Clock clock) {
        return toDb(clock.instant());
    }

    /** The value to bind for the first moment of a day in a zone (the partnership's), as a period's bound. */
    public static OffsetDateTime startOfDay(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** A column that is never null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return read(rs.getObject(column, OffsetDateTime.class), column);
    }

    /** A column, by position, that is never null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return read(rs.getObject(column, OffsetDateTime.class), "column " + column);
    }

    public static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static @Nullable Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The day an optional stamp fell on in a zone (the partnership's), or null. */
    public static @Nullable LocalDate dayOrNull(ResultSet rs, String column, ZoneId zone) throws SQLException {
        Instant at = instantOrNull(rs, column);
        return at == null ? null : LocalDate.ofInstant(at, zone);
    }

    private static Instant read(@Nullable OffsetDateTime value, String column) throws SQLException {
        if (value == null) {
            throw new SQLException("Expected a timestamp in " + column + ", found null");
        }
        return value.toInstant();
    }
}
