package org.onedoor.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The days an access report covers, from and to inclusive, in the partnership's time zone. Its days become a
 * derived table {@code report_day (on_day, day_start, day_end)} so that one SQL statement can group audit entries by
 * local day and match them with care-team dates, the same on H2 and PostgreSQL and right across clock changes.
 */
record ReviewPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    static final int MAX_DAYS = 366;

    ReviewPeriod {
        if (to.isBefore(from)) {
            throw new DomainRuleViolation("PERIOD_REVERSED", "from", Messages.text("client.from.periodReversed"));
        }
        if (from.plusDays(MAX_DAYS - 1).isBefore(to)) {
            throw new DomainRuleViolation("PERIOD_TOO_LONG", "to", Messages.text("client.to.periodTooLong", MAX_DAYS));
        }
    }

    OffsetDateTime starts() {
        return DbTime.startOfDay(from, zone);
    }

    OffsetDateTime ends() {
        return DbTime.startOfDay(to.plusDays(1), zone);
    }

    /** {@code (values (...), ...) report_day (on_day, day_start, day_end)}, bound by {@link #bind}. */
    String daysTable() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < days(); i++) {
            rows.add("(cast(:day" + i + " as date), cast(:dayStart" + i + " as timestamp with time zone), "
                    + "cast(:dayEnd" + i + " as timestamp with time zone))");
        }
        return "(values " + String.join(", ", rows) + ") report_day (on_day, day_start, day_end)";
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        for (int i = 0; i < days(); i++) {
            LocalDate day = from.plusDays(i);
            statement = statement
                    .param("day" + i, day)
                    .param("dayStart" + i, DbTime.startOfDay(day, zone))
                    .param("dayEnd" + i, DbTime.startOfDay(day.plusDays(1), zone));
        }
        return statement.param("periodStart", starts()).param("periodEnd", ends());
    }

    private int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }
}
