package org.onedoor.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DbTimeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant SUMMER_EVENING = Instant.parse("2026-07-01T23:30:00Z");

    @Test
    void writesAnInstantInUtc() {
        assertThat(DbTime.toDb(SUMMER_EVENING)).isEqualTo(OffsetDateTime.of(2026, 7, 1, 23, 30, 0, 0, ZoneOffset.UTC));
        assertThat(DbTime.toDbOrNull(null)).isNull();
    }

    @Test
    void stampsNowFromTheInjectedClock() {
        Clock clock = Clock.fixed(SUMMER_EVENING, LONDON);

        assertThat(DbTime.now(clock).toInstant()).isEqualTo(SUMMER_EVENING);
        assertThat(DbTime.now(clock).getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void startsADayAtLocalMidnightAcrossTheClockChange() {
        assertThat(DbTime.startOfDay(LocalDate.of(2026, 7, 2), LONDON).toInstant())
                .isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));
        assertThat(DbTime.startOfDay(LocalDate.of(2026, 12, 2), LONDON).toInstant())
                .isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void readsTheSameInstantWhateverOffsetTheDriverReturns() throws SQLException {
        ResultSet rs = row(Map.of("at", SUMMER_EVENING.atOffset(ZoneOffset.ofHours(1))));

        assertThat(DbTime.instant(rs, "at")).isEqualTo(SUMMER_EVENING);
        assertThat(DbTime.instantOrNull(rs, "at")).isEqualTo(SUMMER_EVENING);
        assertThat(DbTime.dayOrNull(rs, "at", LONDON)).isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void readsAnEmptyColumnAsNullOnlyWhereNullIsAllowed() throws SQLException {
        ResultSet rs = row(Map.of());

        assertThat(DbTime.instantOrNull(rs, "at")).isNull();
        assertThat(DbTime.instantOrNull(rs, 1)).isNull();
        assertThat(DbTime.dayOrNull(rs, "at", LONDON)).isNull();
        assertThatThrownBy(() -> DbTime.instant(rs, "at"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("at");
        assertThatThrownBy(() -> DbTime.instant(rs, 1)).isInstanceOf(SQLException.class);
    }

    /** A one-row result whose columns, by name or as column 1, hold the given stamps. */
    private static ResultSet row(Map<String, OffsetDateTime> columns) {
        return (ResultSet) Proxy.newProxyInstance(
                ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getObject") && args.length == 2 && args[1] == OffsetDateTime.class) {
                        return stamp(columns, args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static @Nullable OffsetDateTime stamp(Map<String, OffsetDateTime> columns, Object column) {
        return column instanceof Integer ? columns.values().stream().findFirst().orElse(null) : columns.get(column);
    }
}
