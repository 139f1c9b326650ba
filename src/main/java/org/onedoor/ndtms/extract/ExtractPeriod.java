package org.onedoor.ndtms.extract;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The window of a monthly extract: from the start of the financial year (1 April) that holds the month to the month's
 * end, or to today while the month is still running, since nothing later has happened yet (domain reference 3.1: a
 * cumulative extract of the year up to the month).
 */
record ExtractPeriod(YearMonth month, LocalDate yearStart, LocalDate cutOff) {

    static ExtractPeriod of(YearMonth month, LocalDate today) {
        int startYear = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
        LocalDate end = month.atEndOfMonth();
        return new ExtractPeriod(month, LocalDate.of(startYear, 4, 1), end.isAfter(today) ? today : end);
    }
}
